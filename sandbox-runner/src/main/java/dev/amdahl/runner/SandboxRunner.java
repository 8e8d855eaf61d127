package dev.amdahl.runner;

import dev.amdahl.runner.protocol.RunnerEvent;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sandbox's entry point: {@code SandboxRunner EXERCISE_DIR BUILD_DIR OUT_DIR}.
 *
 * <p>EXERCISE_DIR holds the staged exercise ({@code src/main/java} from the submission,
 * {@code src/test/java} and {@code src/test/resources} from the instructor). Classes go to BUILD_DIR; the
 * event log ({@value RunnerEvent#LOG_FILE}) goes to OUT_DIR. The exit code is informational only: the
 * grader decides from the events and from what it observed of the container.
 */
public final class SandboxRunner {

    public static final int EXIT_TESTS_RAN = 0;
    public static final int EXIT_COMPILE_FAILED = 1;
    public static final int EXIT_USAGE = 64;
    public static final int EXIT_RUNNER_FAILED = 70;

    private SandboxRunner() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: SandboxRunner EXERCISE_DIR BUILD_DIR OUT_DIR (got " + Arrays.toString(args) + ")");
            System.exit(EXIT_USAGE);
        }
        Path exercise = Path.of(args[0]);
        Path build = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int exitCode;
        EventLog log = null;
        try {
            Files.createDirectories(out);
            log = new EventLog(out.resolve(RunnerEvent.LOG_FILE));
            exitCode = run(exercise, build, log);
        } catch (Throwable failure) { // anything at all: the grader must learn that the runner broke
            exitCode = EXIT_RUNNER_FAILED;
            if (log != null) {
                try {
                    log.write(new RunnerEvent.RunnerFailed(failure.toString()));
                } catch (RuntimeException ignored) {
                    // the log itself is broken; the exit code says enough
                }
            }
            failure.printStackTrace();
        }
        // Exit explicitly: threads a submission left running must not keep the container alive.
        System.exit(exitCode);
    }

    static int run(Path exercise, Path build, EventLog log) throws Exception {
        long start = System.nanoTime();
        Path classes = build.resolve("classes");
        Path testClasses = build.resolve("test-classes");
        JavaCompilation.Result main = JavaCompilation.compile(exercise.resolve("src/main/java"), List.of(), classes);
        if (!main.ok()) {
            log.write(new RunnerEvent.CompileFailed("main", main.diagnostics()));
            return EXIT_COMPILE_FAILED;
        }
        List<Path> testClasspath = new ArrayList<>();
        testClasspath.add(classes);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            testClasspath.add(Path.of(entry));
        }
        JavaCompilation.Result tests = JavaCompilation.compile(exercise.resolve("src/test/java"), testClasspath, testClasses);
        if (!tests.ok()) {
            log.write(new RunnerEvent.CompileFailed("tests", tests.diagnostics()));
            return EXIT_COMPILE_FAILED;
        }
        log.write(new RunnerEvent.Compiled((System.nanoTime() - start) / 1_000_000));
        TestExecution.run(classes, testClasses, exercise.resolve("src/test/resources"), log);
        return EXIT_TESTS_RAN;
    }
}
