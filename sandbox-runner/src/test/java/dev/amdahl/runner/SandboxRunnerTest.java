package dev.amdahl.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Outcome;
import dev.amdahl.runner.protocol.EventCodec;
import dev.amdahl.runner.protocol.RunnerEvent;
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
        assertEquals(Map.of("addsSmallNumbers", 2, "addsTwo", 3), plan.tests().stream()
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
    void reportsCompileErrorsWithPathsRelativeToTheSources() throws Exception {
        Path exercise = exercise("package demo; public class Adder { int add( }", "package demo; class AdderTest {}");

        List<RunnerEvent> events = run(exercise);

        RunnerEvent.CompileFailed failed = assertInstanceOf(RunnerEvent.CompileFailed.class, events.get(0));
        assertEquals("main", failed.stage());
        assertTrue(failed.diagnostics().startsWith("demo/Adder.java:1: error:"), failed.diagnostics());
        assertEquals(1, events.size());
    }

    @Test
    void ignoresLinesThatAreNotEvents() {
        assertEquals(Optional.empty(), EventCodec.decode("{\"event\":\"test-fini"));
        assertEquals(Optional.empty(), EventCodec.decode("Tests run: 5, Failures: 0"));
        assertEquals(Optional.empty(), EventCodec.decode("{\"event\":\"no-such-event\"}"));
        RunnerEvent event = new RunnerEvent.TestFinished("id", Outcome.TIMED_OUT, "slow", 12);
        assertEquals(Optional.of(event), EventCodec.decode(EventCodec.encode(event)));
    }

    private Path exercise(String mainSource, String testSource) throws Exception {
        Path exercise = work.resolve("exercise");
        Files.createDirectories(exercise.resolve("src/main/java/demo"));
        Files.createDirectories(exercise.resolve("src/test/java/demo"));
        Files.writeString(exercise.resolve("src/main/java/demo/Adder.java"), mainSource);
        Files.writeString(exercise.resolve("src/test/java/demo/AdderTest.java"), testSource);
        return exercise;
    }

    private List<RunnerEvent> run(Path exercise) throws Exception {
        Path out = Files.createDirectories(work.resolve("out"));
        try (EventLog log = new EventLog(out.resolve(RunnerEvent.LOG_FILE))) {
            SandboxRunner.run(exercise, work.resolve("build"), log);
        }
        return Files.readAllLines(out.resolve(RunnerEvent.LOG_FILE)).stream()
                .map(EventCodec::decode).flatMap(Optional::stream).toList();
    }
}
