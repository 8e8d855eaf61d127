package dev.amdahl.grader.cli;

import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.course.UnknownExerciseException;
import dev.amdahl.grader.export.gradescope.GradescopeSubmission;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The first step of a Gradescope bundle's {@code run_autograder}: prints the folder to grade (the submission, or
 * a staging folder holding its loose {@code .java} files by package). Not for people, hence hidden.
 */
@Command(name = "gradescope-stage", hidden = true, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prints the folder to grade for a Gradescope submission, staging loose .java files by package.")
final class GradescopeStageCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUBMISSION", description = "Gradescope's /autograder/submission.")
    private Path submission;

    @Option(names = "--course", paramLabel = "DIR", required = true, description = "The bundle's course folder.")
    private Path course;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Where loose files are staged; must not exist yet.")
    private Path staging;

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID", description = "The exercises graded (default: all).")
    private List<String> exercises = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Exercise> selected = Course.load(course).select(exercises);
            GradescopeSubmission.Staged staged = GradescopeSubmission.prepare(submission, selected, staging);
            staged.notes().forEach(note -> err.println("amdahl: " + note));
            out.println(staged.folder().toAbsolutePath());
            return ExitCodes.OK;
        } catch (UnknownExerciseException e) {
            err.println("amdahl: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (CourseException e) {
            err.println("amdahl: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (IOException e) {
            err.println("amdahl: cannot stage " + submission + ": " + e.getMessage());
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
