package dev.amdahl.grader.runner;

import dev.amdahl.runner.SandboxRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How the sandbox runner is started inside the sandbox, in one place: the layout of a job's folder (here on the host,
 * and as the runner sees it), where the runner's jar is installed, the flags of its JVM, its limits, and one command
 * line per mode: the exercise's tests ({@link #tests}), a submitted test suite ({@link #studentTests}) and the timing
 * of a speedup case ({@link #timing}). The sandboxes build their containers on this layout, and the local sandbox
 * adapts the command to its own JDK with {@link #onLocalJvm}.
 */
public final class RunnerInvocation {

    /** Where a job's input is, read-only for the code. */
    public static final String WORK = "/work";
    /** Writable scratch for the build, in memory and size-limited. */
    public static final String BUILD = WORK + "/build";
    /** Writable scratch, in memory and size-limited. */
    public static final String TMP = "/tmp";
    /**
     * A folder of the input that the sandbox's user owns (the rest is root's): the runner reads what is there and
     * removes it before the code under test runs, so that code cannot read it.
     */
    public static final String PRIVATE = "private";
    /**
     * The Unix socket of the runner's channel to the grader, which the sandbox provides: the runner connects to it
     * first, the grader accepts that one connection and removes the socket (see the sandbox's {@code EventSocket}).
     */
    public static final String EVENTS = "/run/amdahl/events.sock";

    /** The staged exercise, in a job's input. */
    public static final String EXERCISE = "exercise";
    /** The course's compiled test classes, in a job's input. */
    public static final String TEST_CLASSES = "test-classes";
    static final String SEED_FILE = "seed";
    static final String VARIANTS = "variants";

    /** The runner's jar, as the grader carries it and as it is installed. */
    public static final String JAR_FILE = "amdahl-sandbox-runner.jar";
    /** Where the sandbox image and the local sandbox install the runner's jar. */
    public static final String JAR = "/opt/amdahl/" + JAR_FILE;
    /** The sandbox image's unreadable copy of the java launcher: its JVM is non-dumpable (see the Dockerfile). */
    public static final String LAUNCHER = "amdahl-java";
    /** Tells the runner to refuse to run unless its memory is closed to the code under test. */
    public static final String PRIVATE_MEMORY = "--private-memory";
    /**
     * The modules of the runner's JVM (and those they need): the JDK's base, logging for JUnit, and javac. The
     * sandbox image's runtime is linked from exactly these ({@code jlink}, see the Dockerfile), so no other module is
     * there at all; a JVM of a whole JDK gets them with {@code --limit-modules} instead ({@link #onLocalJvm}).
     */
    public static final String MODULES = "java.base,java.logging,java.compiler,jdk.compiler";
    /**
     * The image's class-data-sharing archive of the runner's classes, the compiler's and JUnit's, made by a training
     * run when the image is built: the runner's JVM and its forked compiler map them instead of loading them.
     */
    public static final String CLASS_ARCHIVE = "/opt/amdahl/amdahl-runner.jsa";
    private static final String SHARED_ARCHIVE_FLAG = "-XX:SharedArchiveFile=";
    /**
     * The JIT of a correctness run: its first tier only. A run compiles, discovers and runs tests for a few seconds,
     * and the optimizing compiler spent more CPU on that (about 2-4 s of CPU in each container, bench/README.md) than
     * it saved; with two gradings on two cores, that CPU was another grading's. A speedup is timed with every tier
     * ({@link #timing}), as the student's own runs are.
     */
    static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";
    /** How long javac may take inside the sandbox before the code counts as a compiler bomb. */
    static final Duration COMPILE_TIMEOUT = Duration.ofSeconds(60);

    /** The runner's exit code when the tests' JVM ran out of memory. */
    public static final int EXIT_OUT_OF_MEMORY = SandboxRunner.EXIT_OUT_OF_MEMORY;
    /** What the runner writes on its console when the tests' JVM ran out of memory. */
    public static final String OUT_OF_MEMORY_MARKER = SandboxRunner.OUT_OF_MEMORY_MARKER;

    /** What a submitted test suite is run on. */
    public enum SuiteRun {
        /** The program as it was given, with coverage. */
        ON_PROGRAM,
        /** The planted bug staged with {@link #variantIn}: only whether the suite catches it. */
        ON_PLANTED_BUG
    }

    private RunnerInvocation() {
    }

    /** Where a job's staged exercise goes, in its input {@code input}. */
    public static Path exerciseIn(Path input) {
        return input.resolve(EXERCISE);
    }

    /** Where a job's compiled test classes go, in its input {@code input}. */
    public static Path testClassesIn(Path input) {
        return input.resolve(TEST_CLASSES);
    }

    /** Where a submitted test suite's program goes, in its input: the runner removes it before the first test runs. */
    public static Path suiteExerciseIn(Path input) {
        return input.resolve(PRIVATE).resolve(EXERCISE);
    }

    /** Where planted bug {@code id}'s program goes, in its input: read and removed by the runner, as the program. */
    public static Path variantIn(Path input, String id) {
        return input.resolve(PRIVATE).resolve(VARIANTS).resolve(id);
    }

    /**
     * Where a program's classes go, compiled by the grader, in the folder of a submitted suite's exercise
     * ({@link #suiteExerciseIn}) or of a planted bug ({@link #variantIn}): the runner reads and removes them as it does
     * the program's sources, and compiles only the suite.
     */
    public static Path programClassesIn(Path programFolder) {
        return programFolder.resolve(SandboxRunner.PROGRAM_CLASSES);
    }

    /**
     * The exercise's tests on the staged exercise, in a JVM that exits on running out of memory and cannot be
     * attached to, with the run's seed staged in {@code input} for the runner alone.
     *
     * @param allows the capabilities the exercise allows beyond the allowlist
     */
    public static List<String> tests(Set<String> allows, Path input, long seed) throws IOException {
        List<String> command = seeded(runner(WORK + "/" + EXERCISE), input, seed);
        command.add(1, QUICK_JIT);
        command.addAll(List.of("--test-classes", WORK + "/" + TEST_CLASSES));
        command.addAll(allowing(allows));
        return List.copyOf(command);
    }

    /**
     * A submitted test suite, on the program ({@link #suiteExerciseIn}) with coverage or on a planted bug
     * ({@link #variantIn}), with the run's seed staged in {@code input}.
     */
    public static List<String> studentTests(Set<String> allows, Path input, long seed, SuiteRun on)
            throws IOException {
        List<String> command = seeded(runner(WORK + "/" + PRIVATE + "/" + EXERCISE), input, seed);
        command.add(1, QUICK_JIT);
        command.add("--student-tests");
        command.addAll(allowing(allows)); // what the tests may use, as the code elsewhere
        if (on == SuiteRun.ON_PLANTED_BUG) {
            command.addAll(List.of("--variants", WORK + "/" + PRIVATE + "/" + VARIANTS));
        } else {
            command.add("--coverage");
        }
        return List.copyOf(command);
    }

    /**
     * The timing of the speedup case {@code caseClass} on the staged exercise, in a JVM that sees exactly
     * {@code cores} processors (its pools and {@code availableProcessors()} agree with the CPUs it is pinned to).
     * The seeds come with each trial over the channel.
     */
    public static List<String> timing(Set<String> allows, String caseClass, int cores) {
        List<String> command = runner(WORK + "/" + EXERCISE);
        command.add(1, "-XX:ActiveProcessorCount=" + cores);
        command.addAll(List.of("--timing", caseClass, "--test-classes", WORK + "/" + TEST_CLASSES));
        command.addAll(allowing(allows));
        return List.copyOf(command);
    }

    /**
     * {@code command} as the local sandbox runs it: this machine's {@code java}, told that the machine has
     * {@code memoryBytes} of memory, the channel at {@code events}, and without {@value #PRIVATE_MEMORY}: a JVM that
     * {@code setpriv} started cannot be made non-dumpable by an unreadable launcher (docs/security.md says what that
     * leaves). A command that does not start {@code java} is left as it is, but for its channel.
     */
    public static List<String> onLocalJvm(List<String> command, Path java, long memoryBytes, Path events) {
        List<String> own = command.stream()
                .filter(argument -> !argument.equals(PRIVATE_MEMORY) && !argument.startsWith(SHARED_ARCHIVE_FLAG))
                .map(argument -> argument.equals(EVENTS) ? events.toString() : argument).toList();
        if (!own.get(0).equals("java") && !own.get(0).equals(LAUNCHER)) {
            return own;
        }
        // A whole JDK's java: the modules the image's runtime is linked from, and no more.
        List<String> local = new ArrayList<>(List.of(java.toString(), "-XX:MaxRAM=" + memoryBytes,
                "--limit-modules", MODULES));
        local.addAll(own.subList(1, own.size()));
        return List.copyOf(local);
    }

    /**
     * The runner's JVM and its first arguments: the exercise in {@code exercise}, built in {@value #BUILD}, javac
     * limited in time, results on the channel the sandbox provides. The callers add what the run is for.
     *
     * <p>The JVM's flags are part of the sandbox: no agent can be loaded into it, by attaching or from inside. Its
     * runtime holds only the modules the runner needs ({@link #MODULES}), so the management, attach, instrumentation,
     * scripting, JShell, desktop ({@code java.beans}), naming and {@code jdk.unsupported} ({@code Unsafe})
     * modules are not there at all, whatever a check may have missed. That is also why the flags need no
     * {@code --limit-modules}, which would turn off class-data sharing: the classes every run loads come mapped
     * from {@link #CLASS_ARCHIVE} ({@code -Xshare:auto}: without it, they load as usual).
     */
    static List<String> runner(String exercise) {
        return new ArrayList<>(List.of(LAUNCHER,
                "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=50", "-Xshare:auto", SHARED_ARCHIVE_FLAG + CLASS_ARCHIVE,
                "-XX:+ExitOnOutOfMemoryError", "-XX:+DisableAttachMechanism", "-XX:-EnableDynamicAgentLoading",
                "-XX:-UsePerfData",
                // the JVM's own words (out of memory, thread dumps) stay off the console's start
                "-XX:+DisplayVMOutputToStderr",
                "-Djava.io.tmpdir=" + TMP, "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", JAR, SandboxRunner.class.getName(),
                exercise, BUILD,
                "--events", EVENTS, PRIVATE_MEMORY,
                "--compile-timeout", Long.toString(COMPILE_TIMEOUT.toSeconds())));
    }

    /**
     * {@code command} with the run's seed: written to {@code input}'s private folder, which the runner reads and
     * removes before any submitted code runs. Never on the command line or in a system property, which the code
     * under test could read, and with it the tests' inputs.
     */
    private static List<String> seeded(List<String> command, Path input, long seed) throws IOException {
        Path file = input.resolve(PRIVATE).resolve(SEED_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Long.toString(seed), StandardCharsets.US_ASCII);
        command.addAll(List.of("--seed-file", WORK + "/" + PRIVATE + "/" + SEED_FILE));
        return command;
    }

    /** The exercise's capabilities, in a stable order. */
    private static List<String> allowing(Set<String> allows) {
        List<String> arguments = new ArrayList<>();
        for (String capability : allows.stream().sorted().toList()) {
            arguments.add("--allow");
            arguments.add(capability);
        }
        return arguments;
    }
}
