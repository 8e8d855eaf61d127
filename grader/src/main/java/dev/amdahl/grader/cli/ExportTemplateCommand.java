package dev.amdahl.grader.cli;

import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.UnknownExerciseException;
import dev.amdahl.grader.export.ClassroomWorkflow;
import dev.amdahl.grader.export.TemplateExport;
import dev.amdahl.grader.export.TemplateLeakException;
import dev.amdahl.grader.testrun.ExpectedTests;
import dev.amdahl.grading.Scores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export-template", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Writes the repository students start from (on GitHub: the assignment's template repository): the "
                    + "exercises' skeletons and tests, the grading API, a root build without the solutions, a "
                    + "student README and the workflow " + ClassroomWorkflow.PATH + ", which runs the tests on every "
                    + "push and shows their points in the run's summary (feedback; for grades on every push, see "
                    + "export-classroom50).",
            "",
            "Nothing instructor-only is written: every exported file is compared with solutions/, hidden/ and "
                    + "planted-bugs/, method by method, and any match stops the export.",
            "",
            "Exit code: 0 exported, 2 bad command line, 4 the course is unusable or the target is in the way, "
                    + "5 a leak was found (nothing was written)."},
        sortOptions = false)
final class ExportTemplateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Where to write the template: a new or empty folder.")
    private Path out;

    @Mixin
    private CourseOptions course;

    @Option(names = {"-f", "--force"}, description = "Replace what is in --out (only once the new template is "
            + "complete and checked).")
    private boolean force;

    @Override
    public Integer call() throws CommandFailure {
        PrintWriter stdout = spec.commandLine().getOut();
        Course loaded = course.load();
        try (ExpectedTests expectedTests = new ExpectedTests(false)) {
            TemplateExport.Result result = TemplateExport.export(loaded, course.exerciseIds(), expectedTests, out,
                    force);
            stdout.printf("Exported the student template to %s: %d files.%n", result.target(), result.files());
            for (TemplateExport.ExerciseLine line : result.exercises()) {
                stdout.printf("  %-14s tests here: %-4s instructor's grader adds: %s%n", line.id(), line.localPoints(),
                        line.instructorOnly());
            }
            stdout.printf("%d tests with %s points are reported on every push. No instructor-only material found.%n",
                    result.plannedTests(), Scores.format(result.localPoints()));
            stdout.println("Next: push it to a repository and mark that repository as a template; students start "
                    + "from it (see docs/classroom.md; graded on every push: docs/classroom50.md).");
            return ExitCodes.OK;
        } catch (TemplateLeakException e) {
            throw CommandFailure.CheckFailed.leaked(e);
        } catch (UnknownExerciseException e) {
            throw new CommandFailure.Usage(e.getMessage());
        } catch (CourseException | IOException e) {
            throw new CommandFailure.InvalidInput(e.getMessage());
        }
    }
}
