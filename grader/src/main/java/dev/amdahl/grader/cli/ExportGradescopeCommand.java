package dev.amdahl.grader.cli;

import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.UnknownExerciseException;
import dev.amdahl.grader.export.gradescope.GradescopeBundle;
import dev.amdahl.grader.export.gradescope.GradescopeOptions;
import dev.amdahl.grader.sandbox.LocalProcessSandbox;
import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.sandbox.SandboxLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export-gradescope", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Writes a Gradescope autograder zip: setup.sh and run_autograder (which run amdahl grade with the local "
                    + "sandbox: students' code as an unprivileged user, no Docker needed), this grader, and the "
                    + "course material grading reads. Never the reference solutions; speedups are not timed there.",
            "",
            "Exit code: 0 written, 2 bad command line or the zip exists (add -f), 4 the course folder is unusable, "
                    + "1 the zip could not be written."},
        sortOptions = false)
final class ExportGradescopeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE.zip", required = true, description = "The zip to write.")
    private Path out;

    @Option(names = "--course", paramLabel = "DIR", defaultValue = ".",
            description = "The course repository (default: the current folder).")
    private Path course;

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID",
            description = "Ship and grade only this exercise (repeat for more; default: all). With exactly one, "
                    + "students may also upload just their .java files.")
    private List<String> exercises = new ArrayList<>();

    @Option(names = "--hidden", description = "Ship the hidden tests too, and run them on every submission.")
    private boolean hidden;

    @Option(names = "--release-hidden",
            description = "With --hidden: show the hidden tests' results to students at once (otherwise Gradescope "
                    + "shows them once you publish grades).")
    private boolean releaseHidden;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "Wall-clock limit per exercise, e.g. 5m (default: each exercise's sandbox.properties, "
                    + "else 3m). Set Gradescope's autograder timeout above the sum.")
    private Duration timeout;

    @Option(names = "--memory", paramLabel = "SIZE", converter = Converters.ByteSizeConverter.class,
            description = "Memory limit per exercise, e.g. 1g (default: each exercise's sandbox.properties, else 1g).")
    private Long memory;

    @Option(names = {"-f", "--force"}, description = "Replace the zip if it exists.")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (releaseHidden && !hidden) {
            err.println("amdahl: --release-hidden goes with --hidden: add --hidden to ship the hidden tests.");
            return ExitCodes.USAGE;
        }
        if (memory != null && memory < 256 * SandboxLimits.MIB) {
            err.println("amdahl: --memory must be at least 256m: the JVM, the compiler and the scratch space need "
                    + "that much.");
            return ExitCodes.USAGE;
        }
        if (Files.exists(this.out) && !force) {
            err.println("amdahl: " + this.out + " exists already; add -f to replace it.");
            return ExitCodes.USAGE;
        }
        Optional<Path> graderJar = graderJar();
        if (graderJar.isEmpty()) {
            err.println("amdahl: export-gradescope puts this grader's own jar in the bundle, and it is not running "
                    + "from one: build it with ./mvnw package and run java -jar grader/target/amdahl.jar.");
            return ExitCodes.INTERNAL_ERROR;
        }
        GradescopeOptions options = new GradescopeOptions(exercises, hidden, releaseHidden,
                Optional.ofNullable(timeout), memory == null ? OptionalLong.empty() : OptionalLong.of(memory));
        GradescopeBundle bundle;
        boolean noHiddenTests;
        try {
            Course loaded = Course.load(course);
            bundle = GradescopeBundle.of(loaded, options, graderJar.get(), LocalProcessSandbox.bundledRunnerJar(),
                    VersionProvider.version());
            noHiddenTests = loaded.select(exercises).stream().allMatch(e -> e.hiddenTests().isEmpty());
        } catch (UnknownExerciseException e) {
            err.println("amdahl: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (CourseException e) {
            err.println("amdahl: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (SandboxException | IOException e) {
            err.println("amdahl: cannot assemble the bundle: " + e.getMessage());
            return ExitCodes.INTERNAL_ERROR;
        }
        try {
            bundle.write(this.out, force);
        } catch (FileAlreadyExistsException e) {
            err.println("amdahl: " + this.out + " exists already; add -f to replace it.");
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("amdahl: cannot write " + this.out + ": " + e.getMessage());
            return ExitCodes.INTERNAL_ERROR;
        }
        out.println("wrote " + this.out + ": " + bundle.summary().entrySet().stream()
                .map(e -> e.getKey() + (e.getValue() > 1 ? " (" + e.getValue() + " files)" : ""))
                .collect(Collectors.joining(", ")));
        if (hidden && noHiddenTests) {
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
