package dev.amdahl.grader.testrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.sandbox.SandboxResult;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.runner.protocol.EventCodec;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RunInterpreterTest {

    private static final PlannedTest A = new PlannedTest("id-a", "T", "a", "a works", 2);
    private static final PlannedTest B = new PlannedTest("id-b", "T", "b", "b works", 3);
    private static final PlannedTest C = new PlannedTest("id-c", "T", "c", "c works", 5);
    private static final List<PlannedTest> EXPECTED = List.of(A, B, C);
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void completedRunEarnsThePointsOfPassedTests() {
        ExerciseResult result = interpret(exited(0, log(compiled(), planned(), passed(A), failed(B, "wrong"),
                passed(C), finished())));

        assertThat(result.verdict()).isEqualTo(Verdict.COMPLETED);
        assertThat(result.earned()).isEqualTo(7);
        assertThat(result.possible()).isEqualTo(10);
        assertThat(outcomes(result)).containsExactly(Outcome.PASSED, Outcome.FAILED, Outcome.PASSED);
        assertThat(result.tests().get(1).message()).isEqualTo("wrong");
    }

    @Test
    void aTimedOutRunKeepsWhatFinishedBefore() {
        SandboxResult run = new SandboxResult(OptionalLong.empty(), true, false, "", false,
                Map.of(RunnerEvent.LOG_FILE, log(compiled(), planned(), passed(A))), LIMIT);

        ExerciseResult result = interpret(run);

        assertThat(result.verdict()).isEqualTo(Verdict.TIMEOUT);
        assertThat(result.earned()).isEqualTo(2);
        assertThat(outcomes(result)).containsExactly(Outcome.PASSED, Outcome.NOT_RUN, Outcome.NOT_RUN);
        assertThat(result.detail()).contains("did not finish within 60 s");
    }

    @Test
    void aCompileErrorEarnsNothingAndShowsTheCompiler() {
        ExerciseResult result = interpret(exited(1, log(new RunnerEvent.CompileFailed("main",
                "demo/Adder.java:3: error: ';' expected\n"))));

        assertThat(result.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
        assertThat(result.earned()).isZero();
        assertThat(result.detail()).contains("does not compile").contains("demo/Adder.java:3: error: ';' expected");
        assertThat(outcomes(result)).containsOnly(Outcome.NOT_RUN);
    }

    @Test
    void aRunThatEndsEarlyIsACrash() {
        ExerciseResult result = interpret(exited(0, log(compiled(), planned(), passed(A))));

        assertThat(result.verdict()).isEqualTo(Verdict.CRASHED);
        assertThat(result.detail()).contains("ended before every test had run (exit code 0)").contains("System.exit");
        assertThat(result.earned()).isEqualTo(2);
    }

    @Test
    void runningOutOfMemorySaysSo() {
        SandboxResult run = new SandboxResult(OptionalLong.of(137), false, true, "", false,
                Map.of(RunnerEvent.LOG_FILE, log(compiled(), planned())), LIMIT);

        assertThat(interpret(run).detail()).contains("more memory than allowed");
    }

    @Test
    void forgedOrGarbledResultsAreNotBelieved() {
        byte[] log = String.join("\n",
                EventCodec.encode(compiled()),
                EventCodec.encode(passed(A)),
                "{\"event\":\"test-finished\",\"uniqueId\":\"id-b\",\"outcome\":\"PASS",
                EventCodec.encode(failed(B, "honest failure")),
                EventCodec.encode(passed(B)),
                EventCodec.encode(new RunnerEvent.TestFinished("id-invented", Outcome.PASSED, "", 0)),
                "Tests run: 3, Failures: 0, Errors: 0",
                EventCodec.encode(finished())).getBytes(StandardCharsets.UTF_8);

        ExerciseResult result = interpret(exited(0, log));

        assertThat(result.tests()).extracting(r -> r.test().uniqueId()).containsExactly("id-a", "id-b", "id-c");
        assertThat(outcomes(result)).containsExactly(Outcome.PASSED, Outcome.FAILED, Outcome.NOT_RUN);
        assertThat(result.earned()).isEqualTo(2);
    }

    @Test
    void aRunWithoutAnyLogIsACrash() {
        SandboxResult run = new SandboxResult(OptionalLong.of(1), false, false, "Error: Could not find main class",
                false, Map.of(), LIMIT);

        ExerciseResult result = interpret(run);

        assertThat(result.verdict()).isEqualTo(Verdict.CRASHED);
        assertThat(result.detail()).contains("Could not find main class");
        assertThat(result.earned()).isZero();
    }

    @Test
    void aBrokenRunnerIsOurFault() {
        ExerciseResult result = interpret(exited(70, log(new RunnerEvent.RunnerFailed("java.io.IOException: disk"))));

        assertThat(result.verdict()).isEqualTo(Verdict.INTERNAL_ERROR);
        assertThat(result.verdict().graded()).isFalse();
    }

    private static ExerciseResult interpret(SandboxResult run) {
        return RunInterpreter.interpret("demo", EXPECTED, run, LIMIT, List.of());
    }

    private static List<Outcome> outcomes(ExerciseResult result) {
        return result.tests().stream().map(GradedResult::outcome).toList();
    }

    private static SandboxResult exited(int code, byte[] log) {
        return new SandboxResult(OptionalLong.of(code), false, false, "", false,
                Map.of(RunnerEvent.LOG_FILE, log), Duration.ofSeconds(3));
    }

    private static byte[] log(RunnerEvent... events) {
        return Stream.of(events).map(EventCodec::encode).collect(Collectors.joining("\n", "", "\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static RunnerEvent compiled() {
        return new RunnerEvent.Compiled(100);
    }

    private static RunnerEvent planned() {
        return new RunnerEvent.Planned(EXPECTED);
    }

    private static RunnerEvent passed(PlannedTest test) {
        return new RunnerEvent.TestFinished(test.uniqueId(), Outcome.PASSED, "", 5);
    }

    private static RunnerEvent failed(PlannedTest test, String message) {
        return new RunnerEvent.TestFinished(test.uniqueId(), Outcome.FAILED, message, 5);
    }

    private static RunnerEvent finished() {
        return new RunnerEvent.Finished(1000);
    }
}
