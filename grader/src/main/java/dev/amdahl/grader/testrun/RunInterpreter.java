package dev.amdahl.grader.testrun;

import dev.amdahl.grader.runner.RunnerInvocation;
import dev.amdahl.grader.sandbox.SandboxLimits;
import dev.amdahl.grader.sandbox.SandboxResult;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides an exercise's result from what the grader observed: the expected tests (from the instructor's
 * material), the events on the runner's channel, and how the container ended (exit code, time, memory,
 * output). A test counts as passed only if the runner says so for an expected test id; anything else is a
 * failure or "not run". The runner reports each test once: a test reported twice, or any report after the
 * end, means the channel was tampered with, and then no result of the run counts.
 */
public final class RunInterpreter {

    static final int OUTPUT_TAIL_LINES = 30;

    private RunInterpreter() {
    }

    /**
     * The exercise's result from one sandbox run: a verdict for each of {@code expected}, or why there are none.
     */
    public static ExerciseResult interpret(String exercise, List<PlannedTest> expected, RunnerWatcher runner,
            SandboxResult run, SandboxLimits limits, List<String> notes) {
        Reported reported = reported(runner);
        Ending ending = ending(reported, runner, run, limits);
        boolean ran = reported.rejected() == null && reported.compileFailed() == null
                && reported.tampering().isEmpty();
        List<GradedResult> tests = expected.stream().map(test -> {
            RunnerEvent.TestFinished t = ran ? reported.verdicts().get(test.uniqueId()) : null;
            return t == null
                    ? new GradedResult(test, Outcome.NOT_RUN, ending.notRun(), 0)
                    : new GradedResult(test, t.outcome(), t.message(), t.durationMillis());
        }).toList();
        return new ExerciseResult(exercise, ending.verdict(), ending.detail(), tests, notes, run.wallTime(),
                new ExerciseResult.Provenance("", reported.jdk()), java.util.Optional.empty());
    }

    /**
     * What the runner reported on its channel.
     *
     * @param verdicts      each test's first verdict, by unique id
     * @param compileFailed the first compile failure, or null
     * @param rejected      the first rejection, or null
     * @param runnerFailed  the first failure of the runner itself, or null
     * @param finished      whether the runner said it was done
     * @param jdk           the JDK it compiled with, from {@code Compiled}; "" without that event
     * @param tampering     what shows the channel was tampered with (a test reported twice, a report after the end)
     */
    private record Reported(Map<String, RunnerEvent.TestFinished> verdicts, RunnerEvent.CompileFailed compileFailed,
            RunnerEvent.Rejected rejected, RunnerEvent.RunnerFailed runnerFailed, boolean finished, String jdk,
            List<String> tampering) {
    }

    /**
     * How the run ended, for the student.
     *
     * @param verdict the exercise's verdict
     * @param detail  why, for the student ("" when the run completed)
     * @param notRun  the message of each expected test without a verdict
     */
    private record Ending(Verdict verdict, String detail, String notRun) {
    }

    private static Reported reported(RunnerWatcher runner) {
        Map<String, RunnerEvent.TestFinished> verdicts = new HashMap<>();
        RunnerEvent.CompileFailed compileFailed = null;
        RunnerEvent.Rejected rejected = null;
        RunnerEvent.RunnerFailed runnerFailed = null;
        boolean finished = false;
        String jdk = "";
        List<String> tampering = new java.util.ArrayList<>();
        for (RunnerEvent event : runner.events()) {
            if (finished) {
                tampering.add("a report came after the end of the run");
            }
            switch (event) {
                case RunnerEvent.TestFinished t -> {
                    if (verdicts.putIfAbsent(t.uniqueId(), t) != null) {
                        tampering.add("test " + t.uniqueId() + " was reported more than once");
                    }
                }
                case RunnerEvent.CompileFailed c -> compileFailed = compileFailed == null ? c : compileFailed;
                case RunnerEvent.Rejected r -> rejected = rejected == null ? r : rejected;
                case RunnerEvent.RunnerFailed r -> runnerFailed = runnerFailed == null ? r : runnerFailed;
                case RunnerEvent.Finished f -> finished = true;
                case RunnerEvent.Compiled c -> jdk = c.jdk();
                default -> {
                    // Planned tells nothing the grader does not know already
                }
            }
        }
        return new Reported(verdicts, compileFailed, rejected, runnerFailed, finished, jdk, tampering);
    }

    /** The verdict: tampering first, then what the runner reported, then how the container ended. */
    private static Ending ending(Reported reported, RunnerWatcher runner, SandboxResult run, SandboxLimits limits) {
        List<String> tampering = reported.tampering();
        RunnerEvent.Rejected rejected = reported.rejected();
        RunnerEvent.CompileFailed compileFailed = reported.compileFailed();
        RunnerEvent.RunnerFailed runnerFailed = reported.runnerFailed();
        String console = run.console();
        Verdict verdict;
        String detail;
        String notRun;
        if (!tampering.isEmpty()) {
            verdict = Verdict.REJECTED;
            detail = "The results of this run were tampered with, so none of them count: " + tampering.get(0)
                    + (tampering.size() > 1 ? " (and " + (tampering.size() - 1) + " more)" : "")
                    + ". The grader's runner reports each test exactly once. If your code did not try to change "
                    + "the results, tell your instructor: this is then the grader's fault.";
            notRun = "not counted: the run's results were tampered with";
        } else if (rejected != null) {
            verdict = Verdict.REJECTED;
            detail = "Your code uses things this exercise does not allow, so it was not run:\n- "
                    + String.join("\n- ", rejected.reasons());
            notRun = "not run: the submission was rejected";
        } else if (compileFailed != null) {
            verdict = Verdict.COMPILE_ERROR;
            detail = (compileFailed.stage().equals("tests")
                    ? "Your code compiles, but the tests cannot use it: a class, method or constructor they call is "
                            + "missing or has a different signature. Keep the names and parameter types of the"
                            + " skeleton.\n"
                    : "Your code does not compile:\n") + compileFailed.diagnostics();
            notRun = "not run: the code did not compile";
        } else if (runnerFailed != null) {
            verdict = Verdict.INTERNAL_ERROR;
            detail = "The grader's test runner failed: " + runnerFailed.message();
            notRun = "not run: the grader failed";
        } else if (reported.finished()) {
            verdict = Verdict.COMPLETED;
            detail = "";
            notRun = "not run: no result was reported for this test";
        } else if (run.outputLimit()) {
            verdict = Verdict.OUTPUT_LIMIT;
            detail = "The tests were stopped because together they printed more than " + mib(limits.outputBytes())
                    + ". Tests that finished before keep their points. Look for a print in a loop." + tail(console);
            notRun = "not run: the output limit was reached first";
        } else if (run.timedOut()) {
            verdict = Verdict.TIMEOUT;
            detail = "The tests did not finish within " + seconds(limits.wallClock()) + ". Tests that finished keep "
                    + "their points; the others did not run. Look for a loop that never ends or a wait that is never "
                    + "woken up." + tail(console);
            notRun = "not run: the time limit for all tests was reached first";
        } else if (processLimit(console)) {
            verdict = Verdict.PROCESS_LIMIT;
            detail = "The tests were stopped because they tried to start more than " + limits.processes()
                    + " threads and processes at once. Look for threads or processes started in a loop and never "
                    + "ended." + tail(console);
            notRun = "not run: the process limit was reached first";
        } else if (outOfMemory(run, console)) {
            verdict = Verdict.OUT_OF_MEMORY;
            detail = "The tests were stopped because they used more than the " + mib(limits.memoryBytes())
                    + " of memory allowed. Look for data that keeps growing." + tail(console);
            notRun = "not run: the memory limit was reached first";
        } else if (!runner.connected()) {
            verdict = Verdict.INTERNAL_ERROR;
            detail = "The sandbox could not start the test runner"
                    + (run.exitCode().isPresent() ? " (exit code " + run.exitCode().getAsLong() + ")" : "") + "."
                    + tail(console);
            notRun = "not run: the grader failed";
        } else {
            verdict = Verdict.CRASHED;
            detail = "The Java process running the tests ended before every test had run"
                    + (run.exitCode().isPresent() ? " (exit code " + run.exitCode().getAsLong() + ")" : "")
                    + ". Does your code end or kill the process it runs in?" + tail(console);
            notRun = "not run: the Java process running the tests had ended";
        }
        return new Ending(verdict, detail, notRun);
    }

    /** Whether the tests ran out of memory: the kernel's or the JVM's word for it. */
    private static boolean outOfMemory(SandboxResult run, String console) {
        return run.outOfMemory() || console.contains(RunnerInvocation.OUT_OF_MEMORY_MARKER)
                || console.contains("java.lang.OutOfMemoryError")
                || run.exitCode().orElse(0) == RunnerInvocation.EXIT_OUT_OF_MEMORY;
    }

    /** The JVM's words when it cannot get another thread or process from the kernel. */
    private static boolean processLimit(String console) {
        return console.contains("unable to create native thread")
                || console.contains("pthread_create failed")
                || console.contains("Cannot allocate memory") && console.contains("fork")
                || console.contains("error=11, Resource temporarily unavailable");
    }

    private static String tail(String console) {
        List<String> lines = console.lines().toList();
        if (lines.isEmpty()) {
            return "";
        }
        List<String> tail = lines.subList(Math.max(0, lines.size() - OUTPUT_TAIL_LINES), lines.size());
        return "\nLast lines of output:\n" + String.join("\n", tail);
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    private static String mib(long bytes) {
        return bytes / SandboxLimits.MIB + " MiB";
    }
}
