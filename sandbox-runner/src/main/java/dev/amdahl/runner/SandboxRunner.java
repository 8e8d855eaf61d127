package dev.amdahl.runner;

import dev.amdahl.grading.Seed;
import dev.amdahl.runner.protocol.EventChannel;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sandbox's entry point:
 * {@code SandboxRunner EXERCISE_DIR BUILD_DIR [--allow CAPABILITY]... [--compile-timeout SECONDS]
 * [--test-classes DIR]}, or, when the submission is the tests,
 * {@code SandboxRunner EXERCISE_DIR BUILD_DIR --student-tests [--coverage] [--variants VARIANTS_DIR]
 * [--allow CAPABILITY]... [--compile-timeout SECONDS]} (see {@link StudentTestsRun}), or, when a speedup case
 * is timed, {@code SandboxRunner EXERCISE_DIR BUILD_DIR --timing CASE_CLASS --test-classes DIR
 * [--allow CAPABILITY]... [--compile-timeout SECONDS]} (see {@link TimingRun}: the grader's commands come on
 * standard input).
 *
 * <p>EXERCISE_DIR holds the staged exercise ({@code src/main/java} from the submission, {@code src/test} from
 * the instructor). The runner compiles the submission, checks it for forbidden APIs, compiles the tests
 * against it, and runs them, reporting through its {@link EventChannel} on standard output. Everything the
 * submission and the tests print goes to standard error instead. With {@code --test-classes}, the tests run
 * from those classes (compiled by the grader and read-only here, so the submission cannot change a test
 * class before it is loaded); the runner's own compilation of the tests then only checks that the
 * submission fits them. The exit code is informational only: the grader decides from the events and from
 * what it observed of the container.
 *
 * <p>Standard input is never the submission's: its {@code System.in} is empty. Only {@code --timing} reads the
 * process's real standard input, privately, for the grader's commands.
 */
public final class SandboxRunner {

    public static final int EXIT_TESTS_RAN = 0;
    public static final int EXIT_NOT_RUN = 1;
    /** The same code the JVM uses with -XX:+ExitOnOutOfMemoryError. */
    public static final int EXIT_OUT_OF_MEMORY = 3;
    public static final int EXIT_USAGE = 64;
    public static final int EXIT_RUNNER_FAILED = 70;
    /**
     * In a submitted suite's exercise folder, and in each planted bug's: the program's classes, compiled by the
     * grader from the course (trusted code), so that a run compiles only the suite.
     */
    public static final String PROGRAM_CLASSES = "classes";
    /**
     * Printed to standard error when the tests ran out of memory (the JVM prints the same with
     * ExitOnOutOfMemoryError).
     */
    public static final String OUT_OF_MEMORY_MARKER = "Terminating due to java.lang.OutOfMemoryError";
    static final Duration DEFAULT_COMPILE_TIMEOUT = Duration.ofSeconds(60);

    private SandboxRunner() {
    }

    /**
     * What the command line asked for.
     *
     * @param studentTests whether the submission is the tests, and the program the instructor's
     * @param coverage     with studentTests: measure the program's coverage by the tests
     * @param variants     with studentTests: the folder of the program's variants to run the tests against, or null
     * @param timingCase   the binary name of the speedup case to time (a class of the test classes), or null
     */
    record Options(Path exercise, Path build, Set<String> allows, Duration compileTimeout, Path testClasses,
            boolean studentTests, boolean coverage, Path variants, String timingCase, Path events, Path seedFile,
            boolean privateMemory) {

        /** As the submission's tests are run. */
        Options(Path exercise, Path build, Set<String> allows, Duration compileTimeout, Path testClasses) {
            this(exercise, build, allows, compileTimeout, testClasses, false, false, null, null, null, null, false);
        }

        Options(Path exercise, Path build, Set<String> allows, Duration compileTimeout, Path testClasses,
                boolean studentTests, boolean coverage, Path variants, String timingCase) {
            this(exercise, build, allows, compileTimeout, testClasses, studentTests, coverage, variants, timingCase,
                    null, null, false);
        }

        static Options parse(String[] args) {
            if (args.length < 2) {
                throw new IllegalArgumentException("expected EXERCISE_DIR BUILD_DIR");
            }
            Set<String> allows = new LinkedHashSet<>();
            Duration compileTimeout = DEFAULT_COMPILE_TIMEOUT;
            Path testClasses = null;
            boolean studentTests = false;
            boolean coverage = false;
            Path variants = null;
            String timingCase = null;
            Path events = null;
            Path seedFile = null;
            boolean privateMemory = false;
            for (int i = 2; i < args.length; i++) {
                switch (args[i]) {
                    case "--allow" -> allows.add(value(args, i++));
                    case "--compile-timeout" -> compileTimeout = Duration.ofSeconds(seconds(value(args, i++)));
                    case "--test-classes" -> testClasses = Path.of(value(args, i++));
                    case "--student-tests" -> studentTests = true;
                    case "--events" -> events = Path.of(value(args, i++));
                    case "--seed-file" -> seedFile = Path.of(value(args, i++));
                    case "--private-memory" -> privateMemory = true;
                    case "--coverage" -> coverage = true;
                    case "--variants" -> variants = Path.of(value(args, i++));
                    case "--timing" -> {
                        if (timingCase != null) {
                            throw new IllegalArgumentException("--timing names one speedup case");
                        }
                        timingCase = value(args, i++);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (timingCase != null && studentTests) {
                throw new IllegalArgumentException("--timing does not go with --student-tests");
            }
            if (timingCase != null && testClasses == null) {
                throw new IllegalArgumentException("--timing needs --test-classes: the speedup case is one of the "
                        + "compiled tests");
            }
            if (!studentTests && (coverage || variants != null)) {
                throw new IllegalArgumentException("--coverage and --variants go with --student-tests");
            }
            if (studentTests && testClasses != null) {
                throw new IllegalArgumentException(
                        "--test-classes does not go with --student-tests: the tests are the submission");
            }
            return new Options(Path.of(args[0]), Path.of(args[1]), Set.copyOf(allows), compileTimeout, testClasses,
                    studentTests, coverage, variants, timingCase, events, seedFile, privateMemory);
        }

        /** The value of the option at {@code args[i]}. */
        private static String value(String[] args, int i) {
            if (i + 1 >= args.length || args[i + 1].startsWith("--") || args[i + 1].isBlank()) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            return args[i + 1];
        }

        private static long seconds(String value) {
            try {
                long seconds = Long.parseLong(value);
                if (seconds < 0) {
                    throw new NumberFormatException();
                }
                return seconds;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--compile-timeout takes whole seconds, not '" + value + "'");
            }
        }
    }

    /** The runner's entry point in the sandbox: compiles and runs the exercise, and sends what happened as events. */
    public static void main(String[] args) {
        // Before anything else, and before any submitted class is loaded: the channel to the grader (its socket
        // in a sandbox), the check that this process's memory is private, and the seed, read and removed. Then
        // everything prints to stderr, and nothing can be read from stdin.
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        String socket = early(args, "--events");
        EventChannel channel;
        try {
            channel = socket == null ? EventChannel.open(new FileOutputStream(FileDescriptor.out))
                    : EventChannel.connect(Path.of(socket));
        } catch (IOException e) {
            stderr.println("cannot reach the grader's channel " + socket + ": " + e);
            Runtime.getRuntime().halt(EXIT_RUNNER_FAILED);
            return;
        }
        InputStream commands = socket == null ? new FileInputStream(FileDescriptor.in) : channel.commands();
        System.setOut(stderr);
        System.setErr(stderr);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        int exitCode;
        try {
            Options options = Options.parse(args);
            if (options.privateMemory()) {
                PrivateMemory.require();
            }
            if (options.seedFile() != null) {
                Seed.use(takeSeed(options.seedFile()));
            }
            exitCode = run(options, channel, commands);
        } catch (IllegalArgumentException e) {
            stderr.println("usage: SandboxRunner EXERCISE_DIR BUILD_DIR [--events SOCKET] [--seed-file FILE] "
                    + "[--private-memory] [--allow CAPABILITY]... [--compile-timeout SECONDS] "
                    + "[--test-classes DIR [--timing CASE_CLASS] | --student-tests [--coverage] "
                    + "[--variants VARIANTS_DIR]]: " + e.getMessage());
            exitCode = EXIT_USAGE;
        } catch (OutOfMemoryError e) {
            // Thrown by library code (direct buffers, say) rather than the JVM, so ExitOnOutOfMemoryError did not fire.
            stderr.println(OUT_OF_MEMORY_MARKER + ": " + e.getMessage());
            exitCode = EXIT_OUT_OF_MEMORY;
        } catch (Throwable failure) { // anything else: the grader must learn that the runner broke
            exitCode = EXIT_RUNNER_FAILED;
            try {
                channel.write(new RunnerEvent.RunnerFailed(failure.toString()));
            } catch (RuntimeException ignored) {
                // the channel itself is broken; the exit code says enough
            }
            failure.printStackTrace(stderr);
        }
        channel.close();
        // Exit explicitly: threads a submission left running must not keep the container alive.
        Runtime.getRuntime().halt(exitCode);
    }

    /** The value of {@code option} in {@code args}, read before the rest of the command line is checked. */
    private static String early(String[] args, String option) {
        for (int i = 2; i + 1 < args.length; i++) {
            if (args[i].equals(option)) {
                return args[i + 1];
            }
        }
        return null;
    }

    /**
     * The run's seed, from the file the grader staged for it, which is removed before any submitted code runs:
     * the tests' inputs must not be predictable from inside the sandbox (the command line and the system
     * properties are readable there).
     */
    static long takeSeed(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        Files.delete(file);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed-file holds no number: '" + text + "'");
        }
    }

    /** Where JUnit and the grading API are: the tests compile against them. */
    public static List<Path> runnerClasspath() {
        List<Path> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(Path.of(entry));
        }
        return classpath;
    }

    static int run(Options options, EventChannel channel) throws Exception {
        return run(options, channel, InputStream.nullInputStream());
    }

    /** @param commands the grader's commands, for {@code --timing}; unread otherwise */
    static int run(Options options, EventChannel channel, InputStream commands) throws Exception {
        if (options.studentTests()) {
            return StudentTestsRun.run(options, channel);
        }
        if (options.timingCase() != null) {
            return TimingRun.run(options, channel, commands);
        }
        long start = System.nanoTime();
        // Both in one forked compiler; the tests' compilation reads the student's classes, never runs them, so
        // the forbidden-API check may come after it, as long as it comes before anything runs.
        ForkedJavac.Both compiled = new ForkedJavac(options.compileTimeout()).compileBoth(
                options.exercise().resolve("src/main/java"), options.build().resolve("classes"),
                options.exercise().resolve("src/test/java"), runnerClasspath(),
                options.build().resolve("test-classes"));
        if (!compiled.main().ok()) {
            channel.write(new RunnerEvent.CompileFailed("main", compiled.main().diagnostics()));
            return EXIT_NOT_RUN;
        }
        ExerciseBuild.Built built = new ExerciseBuild.Built(options.build().resolve("classes"),
                options.build().resolve("test-classes"), options.exercise().resolve("src/test/resources"));
        List<String> forbidden = ForbiddenApis.check(built.classes(), options.allows(),
                testClassNames(options.exercise().resolve("src/test/java")));
        if (!forbidden.isEmpty()) {
            channel.write(new RunnerEvent.Rejected(forbidden));
            return EXIT_NOT_RUN;
        }
        if (compiled.tests().isPresent() && !compiled.tests().get().ok()) {
            channel.write(new RunnerEvent.CompileFailed("tests", compiled.tests().get().diagnostics()));
            return EXIT_NOT_RUN;
        }
        channel.write(new RunnerEvent.Compiled((System.nanoTime() - start) / 1_000_000));
        Path testClasses = options.testClasses() != null ? options.testClasses() : built.testClasses();
        TestExecution.run(built.classes(), testClasses, built.testResources(), channel);
        return EXIT_TESTS_RAN;
    }

    /** {@code a/b/C.java} under the test sources is the test class {@code a.b.C}. */
    public static Set<String> testClassNames(Path testSources) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(testSources)) {
            return Set.of();
        }
        try (var walk = java.nio.file.Files.walk(testSources)) {
            return walk.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> testSources.relativize(p).toString().replace(File.separatorChar, '.'))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

}
