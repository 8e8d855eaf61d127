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

    /** Where JUnit and the grading API are: the tests compile against them. */
    public static List<Path> runnerClasspath() {
        List<Path> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(Path.of(entry));
        }
        return classpath;
    }

    static int run(Path exercise, Path build, EventLog log) throws Exception {
        long start = System.nanoTime();
        ExerciseBuild.Result compiled = ExerciseBuild.compile(exercise, build, runnerClasspath());
        if (compiled instanceof ExerciseBuild.Failed failed) {
            log.write(new RunnerEvent.CompileFailed(failed.stage(), failed.diagnostics()));
            return EXIT_COMPILE_FAILED;
        }
        ExerciseBuild.Built built = (ExerciseBuild.Built) compiled;
        log.write(new RunnerEvent.Compiled((System.nanoTime() - start) / 1_000_000));
        TestExecution.run(built.classes(), built.testClasses(), built.testResources(), log);
        return EXIT_TESTS_RAN;
    }
}
