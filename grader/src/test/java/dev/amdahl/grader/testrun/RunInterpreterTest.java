package dev.amdahl.grader.testrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.sandbox.SandboxLimits;
import dev.amdahl.grader.sandbox.SandboxResult;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.runner.protocol.EventChannel;
import dev.amdahl.runner.protocol.EventCodec;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RunInterpreterTest {

    private static final PlannedTest A = new PlannedTest("id-a", "T", "a", "a works", 2);
    private static final PlannedTest B = new PlannedTest("id-b", "T", "b", "b works", 3);
    private static final PlannedTest C = new PlannedTest("id-c", "T", "c", "c works", 5);
    private static final List<PlannedTest> EXPECTED = List.of(A, B, C);
    private static final SandboxLimits LIMITS = SandboxLimits.defaults().withWallClock(Duration.ofSeconds(60));

    @Test
    void completedRunEarnsThePointsOfPassedTests() {
        ExerciseResult result = interpret(runner(compiled(), planned(), passed(A), failed(B, "wrong"), passed(C),
                finished()), exited(0, ""));

        assertThat(result.verdict()).isEqualTo(Verdict.COMPLETED);
        assertThat(result.earned()).isEqualTo(7);
        assertThat(result.possible()).isEqualTo(10);
        assertThat(outcomes(result)).containsExactly(Outcome.PASSED, Outcome.FAILED, Outcome.PASSED);
        assertThat(result.tests().get(1).message()).isEqualTo("wrong");
    }

    @Test
    void aTestReportedTwiceIsTamperingAndNoResultCounts() {
        ExerciseResult result = interpret(runner(compiled(), planned(), failed(A, "wrong"), passed(A), passed(B),
                passed(C), finished()), exited(0, ""));

        assertThat(result.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(result.detail()).contains("tampered with").contains("id-a was reported more than once");
        assertThat(result.earned()).isZero();
        assertThat(outcomes(result)).containsOnly(Outcome.NOT_RUN);
    }

    @Test
    void aReportAfterTheEndIsTampering() {
        ExerciseResult result = interpret(runner(compiled(), planned(), passed(A), failed(B, "no"), failed(C, "no"),
                finished(), passed(B)), exited(0, ""));

        assertThat(result.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(result.detail()).contains("after the end of the run");
        assertThat(result.earned()).isZero();
    }

    @Test
    void aTimedOutRunKeepsWhatFinishedBefore() {
        ExerciseResult result = interpret(runner(compiled(), planned(), passed(A)), stopped(false, false, true, ""));

        assertThat(result.verdict()).isEqualTo(Verdict.TIMEOUT);
        assertThat(result.earned()).isEqualTo(2);
        assertThat(outcomes(result)).containsExactly(Outcome.PASSED, Outcome.NOT_RUN, Outcome.NOT_RUN);
        assertThat(result.detail()).contains("did not finish within 60 s");
    }

    @Test
    void aRunThatFinishedCountsEvenIfItWasStoppedAfterwards() {
        ExerciseResult result = interpret(runner(compiled(), planned(), passed(A), passed(B), passed(C), finished()),
                stopped(false, false, true, ""));

        assertThat(result.verdict()).isEqualTo(Verdict.COMPLETED);
        assertThat(result.earned()).isEqualTo(10);
    }

    @Test
    void aCompileErrorEarnsNothingAndShowsTheCompiler() {
        ExerciseResult result = interpret(runner(new RunnerEvent.CompileFailed("main",
                "demo/Adder.java:3: error: ';' expected\n")), exited(1, ""));

        assertThat(result.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
        assertThat(result.earned()).isZero();
        assertThat(result.detail()).contains("does not compile").contains("demo/Adder.java:3: error: ';' expected");
        assertThat(outcomes(result)).containsOnly(Outcome.NOT_RUN);
    }

    @Test
    void forbiddenApisRejectTheSubmissionWithTheReasons() {
        ExerciseResult result = interpret(runner(new RunnerEvent.Rejected(List.of(
                "Method <demo.A.m()> calls method <java.lang.System.exit(int)> in (A.java:3): not allowed"))),
                exited(1, ""));

        assertThat(result.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(result.detail()).contains("java.lang.System.exit(int)").contains("was not run");
        assertThat(result.earned()).isZero();
    }

    @Test
    void aRunThatEndsEarlyIsACrash() {
        ExerciseResult result = interpret(runner(compiled(), planned(), passed(A)), exited(137, ""));

        assertThat(result.verdict()).isEqualTo(Verdict.CRASHED);
        assertThat(result.detail()).contains("ended before every test had run (exit code 137)");
        assertThat(result.earned()).isEqualTo(2);
    }

    @Test
    void runningOutOfMemoryIsSeenByTheKernelOrTheJvm() {
        assertThat(interpret(runner(compiled(), planned()), stopped(true, false, false, "")).verdict())
                .isEqualTo(Verdict.OUT_OF_MEMORY);
        assertThat(interpret(runner(compiled(), planned()),
                exited(3, "Terminating due to java.lang.OutOfMemoryError: Java heap space")).verdict())
                .isEqualTo(Verdict.OUT_OF_MEMORY);
    }

    @Test
    void tooManyThreadsIsTheProcessLimit() {
        ExerciseResult result = interpret(runner(compiled(), planned()), exited(3,
                "[0.5s][warning][os,thread] Failed to start thread - pthread_create failed (EAGAIN)\n"
                        + "Terminating due to java.lang.OutOfMemoryError: unable to create native thread"));

        assertThat(result.verdict()).isEqualTo(Verdict.PROCESS_LIMIT);
        assertThat(result.detail()).contains("more than 512 threads and processes");
    }

    @Test
    void tooMuchOutputIsTheOutputLimit() {
        ExerciseResult result = interpret(runner(compiled(), planned(), passed(A)), stopped(false, true, false, "x"));

        assertThat(result.verdict()).isEqualTo(Verdict.OUTPUT_LIMIT);
        assertThat(result.earned()).isEqualTo(2);
    }

    @Test
    void resultsPrintedOnTheConsoleAreNotBelieved() {
        // Only the runner's socket carries results; whatever the code prints is console, however it looks.
        String forged = String.join("\n", EventChannel.HEADER, EventCodec.encode(passed(A)),
                EventCodec.encode(passed(C)), "Tests run: 3, Failures: 0, Errors: 0", "");
        RunnerWatcher runner = runner(compiled(), planned(), failed(B, "honest failure"));

        ExerciseResult result = interpret(runner, exited(0, forged));

        assertThat(outcomes(result)).containsExactly(Outcome.NOT_RUN, Outcome.FAILED, Outcome.NOT_RUN);
        assertThat(result.earned()).isZero();
        assertThat(result.verdict()).isEqualTo(Verdict.CRASHED);
    }

    @Test
    void aRunnerThatNeverStartedIsOurFault() {
        ExerciseResult result = interpret(new RunnerWatcher(), exited(1, "Error: Could not find or load main class"));

        assertThat(result.verdict()).isEqualTo(Verdict.INTERNAL_ERROR);
        assertThat(result.detail()).contains("could not start the test runner").contains("Could not find");
    }

    @Test
    void aBrokenRunnerIsOurFault() {
        ExerciseResult result = interpret(runner(new RunnerEvent.RunnerFailed("java.io.IOException: disk")),
                exited(70, ""));

        assertThat(result.verdict()).isEqualTo(Verdict.INTERNAL_ERROR);
        assertThat(result.verdict().graded()).isFalse();
    }

    private static ExerciseResult interpret(RunnerWatcher runner, SandboxResult run) {
        return RunInterpreter.interpret("demo", EXPECTED, runner, run, LIMITS, List.of());
    }

    private static List<Outcome> outcomes(ExerciseResult result) {
        return result.tests().stream().map(GradedResult::outcome).toList();
    }

    private static SandboxResult exited(int code, String console) {
        return new SandboxResult(OptionalLong.of(code), false, false, false, console, Duration.ofSeconds(3));
    }

    private static SandboxResult stopped(boolean outOfMemory, boolean outputLimit, boolean timedOut, String console) {
        return new SandboxResult(OptionalLong.empty(), timedOut, outOfMemory, outputLimit, console, Duration.ofSeconds(60));
    }

    /** A watcher that has read these events from a real channel. */
    private static RunnerWatcher runner(RunnerEvent... events) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        EventChannel channel = EventChannel.open(stdout);
        for (RunnerEvent event : events) {
            channel.write(event);
        }
        RunnerWatcher watcher = new RunnerWatcher();
        watcher.eventBytes(stdout.toByteArray());
        return watcher;
    }

    private static RunnerEvent compiled() {
        return new RunnerEvent.Compiled(100);
    }

    private static RunnerEvent planned() {
        return new RunnerEvent.Planned(EXPECTED);
    }

    private static RunnerEvent.TestFinished passed(PlannedTest test) {
        return new RunnerEvent.TestFinished(test.uniqueId(), Outcome.PASSED, "", 5);
    }

    private static RunnerEvent failed(PlannedTest test, String message) {
        return new RunnerEvent.TestFinished(test.uniqueId(), Outcome.FAILED, message, 5);
    }

    private static RunnerEvent finished() {
        return new RunnerEvent.Finished(1000);
    }
}
