package dev.amdahl.grader.cli;

import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.UnknownExerciseException;
import dev.amdahl.grader.export.BundledGrading;
import dev.amdahl.grader.export.TemplateLeakException;
import dev.amdahl.grader.export.classroom50.Classroom50Export;
import dev.amdahl.grader.export.classroom50.Classroom50Options;
import dev.amdahl.grader.testrun.ExpectedTests;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export-classroom50", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Writes what a Classroom 50 assignment needs to be graded by Amdahl on every submission, with your tests: "
                    + "the assignment's autograder.py and course material (for the classroom's configuration "
                    + "repository), the grader's jar (to publish at --grader-url), the assignment's runtime.json and "
                    + "the students' template. Never the reference solutions; speedups are not timed there. Its "
                    + "README.md says what goes where.",
            "",
            "Exit code: 0 written, 2 bad command line, 4 the course is unusable, the out folder is in the way or the "
                    + "bundle is over Classroom 50's 10 MB, 5 the template would leak instructor-only material "
                    + "(nothing was written), 1 it could not be written."},
        sortOptions = false)
final class ExportClassroom50Command implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Where to write the export: a new or empty folder.")
    private Path out;

    @Option(names = "--classroom", paramLabel = "NAME", required = true,
            description = "The classroom's short name in Classroom 50 (its folder in the configuration repository).")
    private String classroom;

    @Option(names = "--assignment", paramLabel = "SLUG", required = true,
            description = "The assignment's slug, as given to gh teacher assignment add.")
    private String assignment;

    @Option(names = "--grader-url", paramLabel = "URL", required = true,
            description = "Where you will publish the exported amdahl.jar (https, readable without a login, e.g. a "
                    + "release asset of a public repository); the autograder downloads it and checks its SHA-256.")
    private String graderUrl;

    @Mixin
    private CourseOptions course;

    @Mixin
    private HiddenTestsOption hidden;

    @Mixin
    private LimitOptions limits;

    @Option(names = {"-f", "--force"}, description = "Replace what is in --out.")
    private boolean force;

    @Override
    public Integer call() throws CommandFailure {
        PrintWriter stdout = spec.commandLine().getOut();
        limits.validate();
        Classroom50Options options;
        try {
            options = new Classroom50Options(classroom, assignment, new BundledGrading(course.exerciseIds(),
                    hidden.hidden(), false, limits.timeout(), limits.memory()), new URI(graderUrl));
        } catch (URISyntaxException e) {
            throw new CommandFailure.Usage("--grader-url is not an address: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure.Usage(e.getMessage());
        }
        Path jar = ExportGradescopeCommand.graderJar().orElseThrow(() -> new CommandFailure.Internal(
                "export-classroom50 publishes this grader's own jar, and it is not running from one: build it with "
                        + "./mvnw package and run java -jar grader/target/amdahl.jar."));
        Course loaded = course.load();
        try (ExpectedTests expectedTests = new ExpectedTests(false)) {
            Classroom50Export.Result result = Classroom50Export.write(loaded, options, expectedTests, jar, out, force);
            stdout.printf("Exported the Classroom 50 assignment %s to %s:%n", assignment, result.out());
            stdout.printf("  config/%s/autograders/%s/  %d files, %.2f MB as Classroom 50 serves it (at most 10 MB)%n",
                    classroom, assignment, result.bundleFiles(), result.bundleBytes() / 1e6);
            stdout.printf("  amdahl.jar  publish it at %s (SHA-256 %s)%n", graderUrl, result.graderSha256());
            stdout.printf("  template/   %d files, no instructor-only material found%n", result.template().files());
            stdout.println("Next: see README.md there.");
            if (hidden.hidden()) {
                stdout.println("note: with --hidden the hidden tests are in the bundle, which Classroom 50 serves from "
                        + "your organisation's public Pages site: a student who finds its address can read them.");
            }
            return ExitCodes.OK;
        } catch (TemplateLeakException e) {
            throw CommandFailure.CheckFailed.leaked(e);
        } catch (UnknownExerciseException e) {
            throw new CommandFailure.Usage(e.getMessage());
        } catch (Classroom50Export.TooLargeException | CourseException e) {
            throw new CommandFailure.InvalidInput(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure.InvalidInput("cannot export to " + out + ": " + e.getMessage());
        }
    }
}
