package dev.amdahl.grader.testrun;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides an exercise's result from what the grader observed: the expected tests (from the instructor's
 * material), the runner's event log as far as it got, and the container's end (exit code, time limit,
 * memory). A test counts as passed only if the log says so for an expected test id; everything else is a
 * failure or "not run". A line that is not a well-formed event is ignored, and an id's first verdict wins.
 */
public final class RunInterpreter {

    static final int OUTPUT_TAIL_LINES = 30;

    private RunInterpreter() {
    }

    public static ExerciseResult interpret(String exercise, List<PlannedTest> expected, SandboxResult run,
            Duration timeLimit, List<String> notes) {
        List<RunnerEvent> events = events(run);
        Map<String, RunnerEvent.TestFinished> verdicts = new HashMap<>();
        RunnerEvent.CompileFailed compileFailed = null;
        RunnerEvent.RunnerFailed runnerFailed = null;
        boolean finished = false;
        for (RunnerEvent event : events) {
            switch (event) {
                case RunnerEvent.TestFinished t -> verdicts.putIfAbsent(t.uniqueId(), t);
                case RunnerEvent.CompileFailed c -> compileFailed = compileFailed == null ? c : compileFailed;
                case RunnerEvent.RunnerFailed r -> runnerFailed = runnerFailed == null ? r : runnerFailed;
                case RunnerEvent.Finished f -> finished = true;
                default -> {
                    // Compiled and Planned inform nothing the grader does not know already
                }
            }
        }
        Verdict verdict;
        String detail;
        String notRun;
        if (compileFailed != null) {
            verdict = Verdict.COMPILE_ERROR;
            detail = (compileFailed.stage().equals("tests")
                    ? "Your code compiles, but the tests cannot use it: a class, method or constructor they call is "
                            + "missing or has a different signature. Keep the names and parameter types of the skeleton.\n"
                    : "Your code does not compile:\n") + compileFailed.diagnostics();
            notRun = "not run: the code did not compile";
        } else if (run.timedOut()) {
            verdict = Verdict.TIMEOUT;
            detail = "The tests did not finish within " + seconds(timeLimit) + ". Tests that finished keep their "
                    + "points; the others did not run. Look for a loop that never ends or a wait that is never "
                    + "woken up." + outputTail(run);
            notRun = "not run: the time limit for all tests was reached first";
        } else if (runnerFailed != null) {
            verdict = Verdict.INTERNAL_ERROR;
            detail = "The grader's test runner failed: " + runnerFailed.message();
            notRun = "not run: the grader failed";
        } else if (!finished) {
            verdict = Verdict.CRASHED;
            detail = crashReason(run) + outputTail(run);
            notRun = "not run: the Java process running the tests had ended";
        } else {
            verdict = Verdict.COMPLETED;
            detail = "";
            notRun = "not run: no result was reported for this test";
        }
        boolean compiled = compileFailed == null;
        List<GradedResult> tests = expected.stream().map(test -> {
            RunnerEvent.TestFinished t = compiled ? verdicts.get(test.uniqueId()) : null;
            return t == null
                    ? new GradedResult(test, Outcome.NOT_RUN, notRun, 0)
                    : new GradedResult(test, t.outcome(), t.message(), t.durationMillis());
        }).toList();
        return new ExerciseResult(exercise, verdict, detail, tests, notes, run.wallTime());
    }

    private static List<RunnerEvent> events(SandboxResult run) {
        Optional<byte[]> log = run.file(RunnerEvent.LOG_FILE);
        if (log.isEmpty()) {
            return List.of();
        }
        return new String(log.get(), StandardCharsets.UTF_8).lines()
                .map(EventCodec::decode).flatMap(Optional::stream).toList();
    }

    private static String crashReason(SandboxResult run) {
        if (run.outOfMemory()) {
            return "The tests were stopped because they used more memory than allowed, before every test had run. "
                    + "Look for data that keeps growing, or threads or processes that are never stopped.";
        }
        String code = run.exitCode().isPresent() ? " (exit code " + run.exitCode().getAsLong() + ")" : "";
        return "The Java process running the tests ended before every test had run" + code + ". Does your code "
                + "call System.exit, or make the JVM fail?";
    }

    private static String outputTail(SandboxResult run) {
        List<String> lines = run.output().lines().toList();
        if (lines.isEmpty()) {
            return "";
        }
        List<String> tail = lines.subList(Math.max(0, lines.size() - OUTPUT_TAIL_LINES), lines.size());
        return "\nLast lines of output" + (run.outputTruncated() ? " (output was cut at the size limit)" : "")
                + ":\n" + String.join("\n", tail);
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
