package dev.amdahl.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Outcome;
import dev.amdahl.runner.protocol.EventChannel;
import dev.amdahl.runner.protocol.EventCodec;
import dev.amdahl.runner.protocol.EventStreamReader;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxRunnerTest {

    @TempDir
    Path work;

    @Test
    void writesPlanThenOneVerdictPerTestThenFinished() throws Exception {
        Path exercise = exercise(
                "package demo; public class Adder { public static int add(int a, int b) { return a + b + (a == 2 ? 1 : 0); } }",
                """
                package demo;
                import static org.junit.jupiter.api.Assertions.assertEquals;
                import dev.amdahl.grading.Points;
                import org.junit.jupiter.api.Test;
                class AdderTest {
                    @Test @Points(2) void addsSmallNumbers() { assertEquals(2, Adder.add(1, 1)); }
                    @Test @Points(3) void addsTwo() { assertEquals(4, Adder.add(2, 2), "two plus two"); }
                }
                """);

        List<RunnerEvent> events = run(exercise);

        assertInstanceOf(RunnerEvent.Compiled.class, events.get(0));
        RunnerEvent.Planned plan = assertInstanceOf(RunnerEvent.Planned.class, events.get(1));
        assertEquals(Map.of("addsSmallNumbers", 2.0, "addsTwo", 3.0), plan.tests().stream()
                .collect(Collectors.toMap(t -> t.methodName(), t -> t.points())));
        Map<String, RunnerEvent.TestFinished> results = events.stream()
                .filter(RunnerEvent.TestFinished.class::isInstance).map(RunnerEvent.TestFinished.class::cast)
                .collect(Collectors.toMap(r -> r.uniqueId().replaceAll(".*method:(\\w+).*", "$1"), r -> r));
        assertEquals(Outcome.PASSED, results.get("addsSmallNumbers").outcome());
        assertEquals(Outcome.FAILED, results.get("addsTwo").outcome());
        assertTrue(results.get("addsTwo").message().startsWith("two plus two"), results.get("addsTwo").message());
        assertInstanceOf(RunnerEvent.Finished.class, events.get(events.size() - 1));
    }

    @Test
    void evaluatesStructureRulesOnTheScannedClassesBeforeAnyTestRuns() throws Exception {
        Path exercise = exercise(
                "package demo; public class Adder { public static int add(int a, int b) { return Math.addExact(a, b); } }",
                """
                package demo;
                import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
                import com.tngtech.archunit.junit.AnalyzeClasses;
                import com.tngtech.archunit.junit.ArchTest;
                import com.tngtech.archunit.lang.ArchRule;
                import dev.amdahl.grading.Points;
                @AnalyzeClasses(packagesOf = Adder.class)
                class AdderTest {
                    @ArchTest @Points(2)
                    static final ArchRule noExactMath = noClasses().should().callMethod(Math.class, "addExact",
                            int.class, int.class).because("the lecture adds plainly");
                    @ArchTest @Points(1)
                    static final ArchRule noThreads = noClasses().should().dependOnClassesThat()
                            .areAssignableTo(Thread.class);
                    @org.junit.jupiter.api.Test @Points(1) void adds() { org.junit.jupiter.api.Assertions.assertEquals(2, Adder.add(1, 1)); }
                }
                """);

        List<RunnerEvent> events = run(exercise);

        Map<String, RunnerEvent.TestFinished> results = events.stream()
                .filter(RunnerEvent.TestFinished.class::isInstance).map(RunnerEvent.TestFinished.class::cast)
                .collect(Collectors.toMap(RunnerEvent.TestFinished::uniqueId, r -> r));
        RunnerEvent.TestFinished broken = results.get("[engine:archunit]/[class:demo.AdderTest]/[field:noExactMath]");
        assertEquals(Outcome.FAILED, broken.outcome());
        assertTrue(broken.message().contains("Math.addExact") && broken.message().contains("the lecture adds plainly")
                && broken.message().contains("Adder.java"), broken.message());
        assertEquals(Outcome.PASSED, results.get("[engine:archunit]/[class:demo.AdderTest]/[field:noThreads]").outcome());
        assertEquals(List.of(2.0, 1.0, 1.0), TestExecution.discover(work.resolve("build/classes"),
                work.resolve("build/test-classes"), exercise.resolve("src/test/resources")).stream()
                .map(t -> t.points()).sorted(java.util.Comparator.reverseOrder()).toList());
    }

    @Test
    void reportsCompileErrorsWithPathsRelativeToTheSources() throws Exception {
        Path exercise = exercise("package demo; public class Adder { int add( }", "package demo; class AdderTest {}");

        List<RunnerEvent> events = run(exercise);

        RunnerEvent.CompileFailed failed = assertInstanceOf(RunnerEvent.CompileFailed.class, events.get(0));
        assertEquals("main", failed.stage());
        assertTrue(failed.diagnostics().startsWith("demo/Adder.java:1: error:"), failed.diagnostics());
        assertEquals(1, events.size());
    }

    @Test
    void testsThatDoNotCompileAgainstTheCodeAreReportedAsTheTestsStage() throws Exception {
        Path exercise = exercise("package demo; public class Adder { }",
                "package demo; class AdderTest { int x = new Adder().add(1, 2); }");

        List<RunnerEvent> events = run(exercise);

        RunnerEvent.CompileFailed failed = assertInstanceOf(RunnerEvent.CompileFailed.class, events.get(0));
        assertEquals("tests", failed.stage());
        assertTrue(failed.diagnostics().startsWith("demo/AdderTest.java:1: error:"), failed.diagnostics());
        assertTrue(failed.diagnostics().contains("add("), failed.diagnostics());
    }

    @Test
    void codeUnderTestCannotCompileAgainstTheRunnersOwnLibraries() throws Exception {
        // the runner's own classes stand for all it carries (JUnit, ASM, …), which the forked compiler's JVM has
        Path exercise = exercise("package demo; public class Adder { dev.amdahl.runner.TwoStageCompile sneaky; }",
                "package demo; class AdderTest {}");

        RunnerEvent.CompileFailed failed = assertInstanceOf(RunnerEvent.CompileFailed.class, run(exercise).get(0));

        assertEquals("main", failed.stage());
        assertTrue(failed.diagnostics().contains("dev.amdahl.runner"), failed.diagnostics());
    }

    @Test
    void ignoresLinesThatAreNotEvents() {
        assertEquals(Optional.empty(), EventCodec.decode("{\"event\":\"test-fini"));
        assertEquals(Optional.empty(), EventCodec.decode("Tests run: 5, Failures: 0"));
        assertEquals(Optional.empty(), EventCodec.decode("{\"event\":\"no-such-event\"}"));
        assertEquals(Optional.empty(), EventCodec.decode("{\"event\":\"compiled\",\"millis\":1}x"));
        RunnerEvent event = new RunnerEvent.TestFinished("id", Outcome.TIMED_OUT, "slow", 12);
        assertEquals(Optional.of(event), EventCodec.decode(EventCodec.encode(event)));
    }

    @Test
    void aCompilerBombCostsACompileErrorNotTheRunner() throws Exception {
        StringBuilder bomb = new StringBuilder("package demo; public class Adder {\n static final String S0 = \"0123456789abcdef\";\n");
        for (int i = 1; i <= 30; i++) {
            bomb.append(" static final String S").append(i).append(" = S").append(i - 1).append(" + S").append(i - 1).append(";\n");
        }
        bomb.append(" public static String get() { return S30; }\n}\n");
        Path exercise = exercise(bomb.toString(), "package demo; class AdderTest {}");

        RunnerEvent.CompileFailed failed = assertInstanceOf(RunnerEvent.CompileFailed.class, run(exercise).get(0));

        assertTrue(failed.diagnostics().contains("The compiler ran out of memory"), failed.diagnostics());
    }

    @Test
    void theCompilerHasATimeLimit() throws Exception {
        Path exercise = exercise("package demo; public class Adder { }", "package demo; class AdderTest {}");

        RunnerEvent.CompileFailed failed = assertInstanceOf(RunnerEvent.CompileFailed.class,
                run(exercise, "--compile-timeout", "0").get(0));

        assertTrue(failed.diagnostics().contains("did not finish within 0 s"), failed.diagnostics());
    }

    @Test
    void rejectsForbiddenApisBeforeRunningAnything() throws Exception {
        Path exercise = exercise(
                "package demo; public class Adder { public static int add(int a, int b) { System.exit(0); return 0; } }",
                "package demo; class AdderTest { @org.junit.jupiter.api.Test void t() { Adder.add(1, 2); } }");

        List<RunnerEvent> events = run(exercise);

        RunnerEvent.Rejected rejected = assertInstanceOf(RunnerEvent.Rejected.class, events.get(0));
        assertTrue(rejected.reasons().get(0).contains("java.lang.System.exit(int)"), rejected.reasons().toString());
        assertEquals(1, events.size());
    }

    @Test
    void aSubmittedClassCannotStandInForATestHelper() throws Exception {
        Path exercise = exercise(
                "package demo; public class Adder { public static int add(int a, int b) { return a + b; } }",
                """
                package demo;
                import static org.junit.jupiter.api.Assertions.assertEquals;
                class AdderTest {
                    @org.junit.jupiter.api.Test @dev.amdahl.grading.Points(1) void t() { assertEquals(5, Helper.five()); }
                }
                """);
        Files.writeString(exercise.resolve("src/test/java/demo/Helper.java"),
                "package demo; class Helper { static int five() { return 5; } }");
        Files.writeString(exercise.resolve("src/main/java/demo/Helper.java"),
                "package demo; class Helper { static int five() { throw new IllegalStateException(\"impostor\"); } }");

        List<RunnerEvent> events = run(exercise);

        RunnerEvent.Rejected rejected = assertInstanceOf(RunnerEvent.Rejected.class, events.get(0));
        assertTrue(rejected.reasons().get(0).contains("demo.Helper has the name of one of the tests' own classes"),
                rejected.reasons().toString());
    }

    @Test
    void evenUnnoticedTheTestsOwnClassesComeFirst() throws Exception {
        // Build the tests with their helper, then put an impostor helper among the submission's classes.
        Path exercise = exercise(
                "package demo; public class Adder { public static int add(int a, int b) { return a + b; } }",
                """
                package demo;
                import static org.junit.jupiter.api.Assertions.assertEquals;
                class AdderTest {
                    @org.junit.jupiter.api.Test @dev.amdahl.grading.Points(1) void t() { assertEquals(5, Helper.five()); }
                }
                """);
        Files.writeString(exercise.resolve("src/test/java/demo/Helper.java"),
                "package demo; class Helper { static int five() { return 5; } }");
        assertTrue(ExerciseBuild.compile(exercise, work.resolve("build"), SandboxRunner.runnerClasspath())
                instanceof ExerciseBuild.Built);
        Path impostorSources = Files.createDirectories(work.resolve("impostor/demo"));
        Files.writeString(impostorSources.resolve("Helper.java"),
                "package demo; class Helper { static int five() { throw new IllegalStateException(\"impostor\"); } }");
        assertTrue(JavaCompilation.compile(work.resolve("impostor"), List.of(), work.resolve("build/classes")).ok());

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        try (EventChannel channel = EventChannel.open(stdout)) {
            TestExecution.run(work.resolve("build/classes"), work.resolve("build/test-classes"),
                    exercise.resolve("src/test/resources"), channel);
        }
        EventStreamReader reader = new EventStreamReader();
        reader.accept(stdout.toByteArray());

        assertEquals(Outcome.PASSED, reader.events().stream().filter(RunnerEvent.TestFinished.class::isInstance)
                .map(RunnerEvent.TestFinished.class::cast).findFirst().orElseThrow().outcome());
    }

    private Path exercise(String mainSource, String testSource) throws Exception {
        Path exercise = work.resolve("exercise");
        Files.createDirectories(exercise.resolve("src/main/java/demo"));
        Files.createDirectories(exercise.resolve("src/test/java/demo"));
        Files.writeString(exercise.resolve("src/main/java/demo/Adder.java"), mainSource);
        Files.writeString(exercise.resolve("src/test/java/demo/AdderTest.java"), testSource);
        return exercise;
    }

    private List<RunnerEvent> run(Path exercise, String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(exercise.toString(), work.resolve("build").toString()));
        args.addAll(List.of(options));
        return InProcessRunner.events(args.toArray(String[]::new));
    }
}
