package dev.amdahl.grader.cli;

import dev.amdahl.grader.export.BundledGrading;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.UnknownExerciseException;
import dev.amdahl.grader.export.gradescope.GradescopeBundle;
import dev.amdahl.grader.sandbox.SandboxException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export-gradescope", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Writes a Gradescope autograder zip: setup.sh and run_autograder (which run amdahl grade with the local "
                    + "sandbox: students' code as an unprivileged user, no Docker needed), this grader, and the "
                    + "course material grading reads. Never the reference solutions; speedups are not timed there. "
                    + "With exactly one -e, students may also upload just their .java files.",
            "",
            "Exit code: 0 written, 2 bad command line or the zip exists (add -f), 4 the course folder is unusable, "
                    + "1 the zip could not be written."},
        sortOptions = false)
final class ExportGradescopeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE.zip", required = true, description = "The zip to write.")
    private Path out;

    @Mixin
    private CourseOptions course;

    @Mixin
    private HiddenTestsOption hidden;

    @Option(names = "--release-hidden",
            description = "With --hidden: show the hidden tests' results to students at once (otherwise Gradescope "
                    + "shows them once you publish grades).")
    private boolean releaseHidden;

    @Mixin
    private LimitOptions limits;

    @Option(names = {"-f", "--force"}, description = "Replace the zip if it exists.")
    private boolean force;

    @Override
    public Integer call() throws CommandFailure {
        PrintWriter out = spec.commandLine().getOut();
        if (releaseHidden && !hidden.hidden()) {
            throw new CommandFailure.Usage("--release-hidden goes with --hidden: add --hidden to ship the hidden "
                    + "tests.");
        }
        limits.validate();
        if (Files.exists(this.out) && !force) {
            throw new CommandFailure.Usage(this.out + " exists already; add -f to replace it.");
        }
        Path jar = graderJar().orElseThrow(() -> new CommandFailure.Internal("export-gradescope puts this grader's "
                + "own jar in the bundle, and it is not running from one: build it with ./mvnw package and run "
                + "java -jar grader/target/amdahl.jar."));
        BundledGrading options = new BundledGrading(course.exerciseIds(), hidden.hidden(),
                releaseHidden, limits.timeout(), limits.memory());
        Course loaded = course.load();
        GradescopeBundle bundle;
        try {
            bundle = GradescopeBundle.of(loaded, options, jar, CompositionRoot.bundledRunnerJar(),
                    VersionProvider.version());
        } catch (UnknownExerciseException e) {
            throw new CommandFailure.Usage(e.getMessage());
        } catch (CourseException e) {
            throw new CommandFailure.InvalidInput(e.getMessage());
        } catch (SandboxException | IOException e) {
            throw new CommandFailure.Internal("cannot assemble the bundle: " + e.getMessage());
        }
        boolean noHiddenTests = CourseOptions.select(loaded, course.exerciseIds()).stream()
                .allMatch(e -> e.hiddenTests().isEmpty());
        try {
            bundle.write(this.out, force);
        } catch (FileAlreadyExistsException e) {
            throw new CommandFailure.Usage(this.out + " exists already; add -f to replace it.");
        } catch (IOException e) {
            throw new CommandFailure.Internal("cannot write " + this.out + ": " + e.getMessage());
        }
        out.println("wrote " + this.out + ": " + bundle.summary().entrySet().stream()
                .map(e -> e.getKey() + (e.getValue() > 1 ? " (" + e.getValue() + " files)" : ""))
                .collect(Collectors.joining(", ")));
        if (hidden.hidden() && noHiddenTests) {
            out.println("note: --hidden, but none of these exercises has hidden tests"
                    + " (hidden/<exercise>/src/test/java).");
        }
        out.println("Upload it in Gradescope (Configure Autograder, zip file upload); its README.txt says more.");
        return ExitCodes.OK;
    }

    /** The jar this command runs from, when it runs from one (not from a build's classes folder). */
    static Optional<Path> graderJar() {
        try {
            var source = ExportGradescopeCommand.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.getFileName().toString().endsWith(".jar")
                    ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
