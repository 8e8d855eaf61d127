package dev.amdahl.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.runner.protocol.EventStreamReader;
import dev.amdahl.runner.protocol.RunnerEvent;
import dev.amdahl.runner.protocol.TimingCommand;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --timing} on the fixture under {@code src/test/resources/timing}: a submission ({@code program}: sums of
 * longs, and a {@code Tuning} class) and the course's speedup cases ({@code cases}), which are compiled here once, as
 * the grader hands them over: compiled, beside the exercise. Each test stages the submission afresh and feeds the
 * runner its commands as the grader would on standard input.
 */
class TimingRunTest {

    private static final String INPUTS_MADE = "timing.inputs";

    @TempDir
    static Path compiled;

    @TempDir
    Path work;

    private static Path testClasses;

    @BeforeAll
    static void compileTheCases() throws Exception {
        Path fixture = fixture();
        Path program = compiled.resolve("program");
        assertTrue(JavaCompilation.compile(fixture.resolve("program"), List.of(), program).ok());
        List<Path> classpath = new ArrayList<>(List.of(program));
        classpath.addAll(SandboxRunner.runnerClasspath());
        testClasses = compiled.resolve("test-classes");
        JavaCompilation.Result cases = JavaCompilation.compile(fixture.resolve("cases"), classpath, testClasses);
        assertTrue(cases.ok(), cases.diagnostics());
    }

    @BeforeEach
    void stage() throws Exception {
        copy(fixture().resolve("program"), work.resolve("exercise/src/main/java"));
        System.clearProperty(INPUTS_MADE);
    }

    @AfterEach
    void clear() {
        System.clearProperty(INPUTS_MADE);
    }

    @Test
    void announcesTheCaseThenTimesBothSidesAndChecksAnswers() throws Exception {
        String sum = String.valueOf(new java.util.Random(7).longs(100_000, 0, 1_000).sum()); // as the case sums

        InProcessRunner.Result result = time("demo.SumSpeedup",
                new TimingCommand.Run(TimingCommand.SEQUENTIAL, 100_000, 7, 3),
                new TimingCommand.Run(TimingCommand.PARALLEL, 100_000, 7, 2),
                new TimingCommand.Check(100_000, 7, sum, sum),
                new TimingCommand.Check(100_000, 7, sum, sum + "1"),
                new TimingCommand.Run(TimingCommand.PARALLEL, 1_000, 8, 2),
                new TimingCommand.Quit(),
                new TimingCommand.Run(TimingCommand.SEQUENTIAL, 1_000, 9, 1));
        List<RunnerEvent> events = result.events();

        assertEquals(SandboxRunner.EXIT_TESTS_RAN, result.exitCode());
        assertInstanceOf(RunnerEvent.Compiled.class, events.get(0));
        assertEquals(new RunnerEvent.TimingReady("summing longs: Sum.parallel against Sum.sequential", 1_000,
                Runtime.getRuntime().availableProcessors()), events.get(1));
        RunnerEvent.Timed sequential = assertInstanceOf(RunnerEvent.Timed.class, events.get(2));
        RunnerEvent.Timed parallel = assertInstanceOf(RunnerEvent.Timed.class, events.get(3));
        assertEquals(List.of(TimingCommand.SEQUENTIAL, 100_000, 7L, 1), List.of(sequential.side(), sequential.size(),
                sequential.seed(), sequential.threads()), "the sequential side runs on one thread, whatever was asked");
        assertEquals(List.of(TimingCommand.PARALLEL, 100_000, 7L, 2), List.of(parallel.side(), parallel.size(),
                parallel.seed(), parallel.threads()));
        assertTrue(sequential.nanos() > 0 && parallel.nanos() > 0, events::toString);
        assertEquals(sum, sequential.fingerprint());
        assertEquals(sum, parallel.fingerprint());
        assertEquals(new RunnerEvent.Checked(100_000, 7, true), events.get(4));
        assertEquals(new RunnerEvent.Checked(100_000, 7, false), events.get(5));
        assertEquals(1_000, assertInstanceOf(RunnerEvent.Timed.class, events.get(6)).size());
        assertInstanceOf(RunnerEvent.Finished.class, events.get(7));
        assertEquals(8, events.size(), "nothing is read after quit: " + events);
        assertEquals("2", System.getProperty(INPUTS_MADE), "one input per size and seed, kept for the next command");
    }

    @Test
    void aRunThatFailsIsReportedAndTheNextOneRuns() throws Exception {
        InProcessRunner.Result result = time("demo.FaultySpeedup",
                new TimingCommand.Run(TimingCommand.PARALLEL, 10, 1, 2),
                new TimingCommand.Run(TimingCommand.PARALLEL, 10, 1, 3),
                new TimingCommand.Run(TimingCommand.PARALLEL, 10, 1, 4),
                new TimingCommand.Run(TimingCommand.PARALLEL, 10, 1, 5),
                new TimingCommand.Run(TimingCommand.SEQUENTIAL, 10, 13, 1),
                new TimingCommand.Check(10, 1, "boom", "10"),
                new TimingCommand.Check(10, 13, "10", "10"),
                new TimingCommand.Run(TimingCommand.PARALLEL, 10, 1, 6),
                new TimingCommand.Quit());
        List<RunnerEvent> events = result.events().subList(2, result.events().size());

        String thrown = failure(events.get(0), TimingCommand.PARALLEL, 1);
        assertTrue(thrown.startsWith("java.util.concurrent.ExecutionException: java.lang.IllegalStateException: "
                + "a partial sum was lost\n\tat demo.Sum.parallelBroken(Sum.java:"), thrown);
        assertEquals(1, thrown.split("\n\tat demo.FaultySpeedup.parallel\\(", -1).length - 1,
                "the case's frame, once (without its bridge method's): " + thrown);
        assertTrue(thrown.contains("\nCaused by: java.lang.IllegalStateException: a partial sum was lost\n\tat demo.Sum."
                + "lambda$parallelBroken$"), thrown);
        assertFalse(thrown.contains("dev.amdahl") || thrown.contains("java.base"), "only the exercise's frames: " + thrown);
        assertEquals("the parallel version returned null", failure(events.get(1), TimingCommand.PARALLEL, 1));
        String overflow = failure(events.get(2), TimingCommand.PARALLEL, 1);
        assertTrue(overflow.matches("java.lang.StackOverflowError\n\tat demo\\.Sum\\.recursive\\(Sum\\.java:\\d+\\)"
                + "\n\t\\.\\.\\. the same call, again and again"), "a recursion shows once: " + overflow);
        assertEquals("the fingerprint of its output was null", failure(events.get(3), TimingCommand.PARALLEL, 1));
        String input = failure(events.get(4), TimingCommand.SEQUENTIAL, 13);
        assertTrue(input.startsWith("its input could not be made: java.lang.IllegalArgumentException: no input for an "
                + "unlucky seed\n\tat demo.FaultySpeedup.input(FaultySpeedup.java:"), input);
        assertEquals(new RunnerEvent.Checked(10, 1, false), events.get(5), "matches threw");
        assertEquals(new RunnerEvent.Checked(10, 13, false), events.get(6), "no input to check against");
        assertEquals("10", assertInstanceOf(RunnerEvent.Timed.class, events.get(7)).fingerprint());
        assertInstanceOf(RunnerEvent.Finished.class, events.get(8));
        assertEquals(SandboxRunner.EXIT_TESTS_RAN, result.exitCode());
    }

    @Test
    void theFingerprintIsTimedAndTheEndOfTheCommandsIsQuit() throws Exception {
        InProcessRunner.Result result = time("demo.LazySpeedup", new TimingCommand.Run(TimingCommand.PARALLEL, 10, 1, 2));

        RunnerEvent.Timed lazy = assertInstanceOf(RunnerEvent.Timed.class, result.events().get(2));
        assertTrue(lazy.nanos() >= TimeUnit.MILLISECONDS.toNanos(200), "the fingerprint sleeps 200 ms: " + lazy);
        assertEquals("0", lazy.fingerprint());
        assertInstanceOf(RunnerEvent.Finished.class, result.events().get(3));
        assertEquals(4, result.events().size());
        assertEquals(SandboxRunner.EXIT_TESTS_RAN, result.exitCode());
    }

    @Test
    void aCommandThatCannotBeReadStopsTheRunnerAsItsOwnFailure() throws Exception {
        String commands = TimingCommand.encode(new TimingCommand.Run(TimingCommand.SEQUENTIAL, 10, 1, 1)) + "\n"
                + "{\"command\":\"run\",\"side\":\"sideways\",\"size\":10,\"seed\":1,\"threads\":1}\n"
                + TimingCommand.encode(new TimingCommand.Quit()) + "\n";

        InProcessRunner.Result result = time("demo.SumSpeedup", commands);

        assertEquals(SandboxRunner.EXIT_RUNNER_FAILED, result.exitCode());
        assertInstanceOf(RunnerEvent.Timed.class, result.events().get(2));
        RunnerEvent.RunnerFailed failed = assertInstanceOf(RunnerEvent.RunnerFailed.class, result.events().get(3));
        assertTrue(failed.message().startsWith("unreadable timing command: {\"command\":\"run\",\"side\":\"sideways\""),
                failed.message());
        assertEquals(4, result.events().size(), "nothing after: " + result.events());
    }

    @Test
    void forbiddenApisInTheSubmissionAreRejectedBeforeAnythingRuns() throws Exception {
        Files.writeString(work.resolve("exercise/src/main/java/demo/Quitter.java"),
                "package demo; public class Quitter { public static void quit() { Runtime.getRuntime().halt(0); } }");

        InProcessRunner.Result result = time("demo.SumSpeedup", new TimingCommand.Quit());

        RunnerEvent.Rejected rejected = assertInstanceOf(RunnerEvent.Rejected.class, result.events().get(0));
        assertTrue(rejected.reasons().get(0).contains("java.lang.Runtime.halt(int)"), rejected.reasons().toString());
        assertEquals(1, result.events().size());
        assertEquals(SandboxRunner.EXIT_NOT_RUN, result.exitCode());
    }

    @Test
    void aSubmittedClassCannotTakeTheNameOfACompiledTestClass() throws Exception {
        // Only the compiled tests are staged: no src/test/java names them.
        Files.writeString(work.resolve("exercise/src/main/java/demo/NotACase.java"),
                "package demo; public class NotACase { }");

        RunnerEvent.Rejected rejected = assertInstanceOf(RunnerEvent.Rejected.class,
                time("demo.SumSpeedup", new TimingCommand.Quit()).events().get(0));

        assertEquals(List.of("demo.NotACase has the name of one of the tests' own classes: rename it"),
                rejected.reasons());
    }

    @Test
    void aSubmissionThatDoesNotCompileSaysSo() throws Exception {
        Files.writeString(work.resolve("exercise/src/main/java/demo/Sum.java"), "package demo; public class Sum { int x( }");

        InProcessRunner.Result result = time("demo.SumSpeedup", new TimingCommand.Quit());

        RunnerEvent.CompileFailed failed = assertInstanceOf(RunnerEvent.CompileFailed.class, result.events().get(0));
        assertEquals("main", failed.stage());
        assertTrue(failed.diagnostics().startsWith("demo/Sum.java:1: error:"), failed.diagnostics());
        assertEquals(1, result.events().size());
        assertEquals(SandboxRunner.EXIT_NOT_RUN, result.exitCode());
    }

    @Test
    void aCaseThatCannotBeSetUpWithTheSubmissionIsAsIfTheTestsDidNotCompile() throws Exception {
        Files.delete(work.resolve("exercise/src/main/java/demo/Tuning.java"));

        InProcessRunner.Result result = time("demo.TunedSpeedup", new TimingCommand.Quit());

        RunnerEvent.CompileFailed failed = assertInstanceOf(RunnerEvent.CompileFailed.class, result.events().get(0));
        assertEquals("tests", failed.stage());
        assertTrue(failed.diagnostics().startsWith("The speedup case demo.TunedSpeedup could not be set up with your "
                + "code: java.lang.NoClassDefFoundError: demo/Tuning"), failed.diagnostics());
        assertEquals(1, result.events().size());
        assertEquals(SandboxRunner.EXIT_NOT_RUN, result.exitCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "demo.NotACase   | The speedup case demo.NotACase does not implement dev.amdahl.grading.SpeedupCase.",
        "demo.NoSuchCase | The speedup case demo.NoSuchCase is not among the compiled tests.",
    })
    void aCaseClassDeclaredWronglyIsTheCoursesMistake(String caseClass, String message) throws Exception {
        InProcessRunner.Result result = time(caseClass, new TimingCommand.Quit());

        assertEquals(List.of(new RunnerEvent.RunnerFailed(message)), result.events());
        assertEquals(SandboxRunner.EXIT_RUNNER_FAILED, result.exitCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--timing demo.SumSpeedup                                    | --timing needs --test-classes",
        "--timing demo.SumSpeedup --test-classes t --student-tests   | --timing does not go with --student-tests",
        "--student-tests --timing demo.SumSpeedup                    | --timing does not go with --student-tests",
        "--test-classes t --timing                                   | --timing needs a value",
        "--timing --test-classes t                                   | --timing needs a value",
        "--timing demo.A --timing demo.B --test-classes t            | --timing names one speedup case",
        "--timing demo.A --test-classes t --coverage                 | --coverage and --variants go with --student-tests",
        "--compile-timeout soon                                      | --compile-timeout takes whole seconds, not 'soon'",
    })
    void optionsThatDoNotGoTogetherAreUsageErrors(String options, String message) {
        List<String> args = new ArrayList<>(List.of("exercise", "build"));
        args.addAll(List.of(options.split(" +")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SandboxRunner.Options.parse(args.toArray(String[]::new)));

        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void parsesTheTimingCommandLine() {
        SandboxRunner.Options options = SandboxRunner.Options.parse(new String[] {"exercise", "build", "--timing",
                "demo.Outer$Case", "--test-classes", "tests", "--allow", "processes", "--compile-timeout", "30"});

        assertEquals("demo.Outer$Case", options.timingCase());
        assertEquals(Path.of("tests"), options.testClasses());
        assertEquals(java.util.Set.of("processes"), options.allows());
        assertEquals(java.time.Duration.ofSeconds(30), options.compileTimeout());
        assertFalse(options.studentTests());
    }

    /**
     * The real thing: the runner's own JVM, its commands on the process's standard input. The submission's
     * {@code System.in} is empty all the same, so it cannot read them (the case answers the first byte it reads).
     */
    @Test
    void inItsOwnProcessTheCommandsComeOnStandardInputWhichTheSubmissionCannotRead() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = SandboxRunner.runnerClasspath().stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", classpath,
                SandboxRunner.class.getName(), work.resolve("exercise").toString(), work.resolve("build").toString(),
                "--timing", "demo.StdinSpeedup", "--test-classes", testClasses.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(commands(new TimingCommand.Run(TimingCommand.SEQUENTIAL, 1, 1, 1), new TimingCommand.Quit())
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] stdout = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));

        EventStreamReader reader = new EventStreamReader();
        reader.accept(stdout);
        List<RunnerEvent> events = reader.events();
        assertEquals(List.of("Compiled", "TimingReady", "Timed", "Finished"),
                events.stream().map(e -> e.getClass().getSimpleName()).toList(), events::toString);
        assertEquals("-1", ((RunnerEvent.Timed) events.get(2)).fingerprint());
        assertEquals(SandboxRunner.EXIT_TESTS_RAN, process.exitValue());
    }

    private static String failure(RunnerEvent event, String side, long seed) {
        RunnerEvent.TimingFailed failed = assertInstanceOf(RunnerEvent.TimingFailed.class, event);
        assertEquals(side, failed.side());
        assertEquals(seed, failed.seed());
        assertTrue(failed.message().length() <= TimingRun.MAX_MESSAGE_CHARS, failed.message());
        return failed.message();
    }

    private InProcessRunner.Result time(String caseClass, TimingCommand... commands) throws Exception {
        return time(caseClass, commands(commands));
    }

    private InProcessRunner.Result time(String caseClass, String commands) throws Exception {
        return InProcessRunner.run(new ByteArrayInputStream(commands.getBytes(StandardCharsets.UTF_8)),
                work.resolve("exercise").toString(), work.resolve("build").toString(),
                "--timing", caseClass, "--test-classes", testClasses.toString());
    }

    private static String commands(TimingCommand... commands) {
        return Stream.of(commands).map(c -> TimingCommand.encode(c) + "\n").collect(Collectors.joining());
    }

    private static Path fixture() throws Exception {
        return Path.of(TimingRunTest.class.getResource("/timing").toURI());
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
