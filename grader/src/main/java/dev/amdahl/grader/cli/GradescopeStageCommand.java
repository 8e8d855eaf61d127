package dev.amdahl.grader.cli;

import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.export.gradescope.GradescopeSubmission;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private ExerciseOptions exercises;

    @Override
    public Integer call() throws CommandFailure {
        List<Exercise> selected;
        try {
            selected = CourseOptions.select(Course.load(course), exercises.ids());
        } catch (CourseException e) {
            throw new CommandFailure.InvalidInput(e.getMessage());
        }
        try {
            GradescopeSubmission.Staged staged = GradescopeSubmission.prepare(submission, selected, staging);
            staged.notes().forEach(note -> spec.commandLine().getErr().println("amdahl: " + note));
            spec.commandLine().getOut().println(staged.folder().toAbsolutePath());
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new CommandFailure.Internal("cannot stage " + submission + ": " + e.getMessage());
        }
    }
}
