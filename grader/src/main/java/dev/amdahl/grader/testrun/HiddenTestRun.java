package dev.amdahl.grader.testrun;

import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grading.GradedResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hidden tests run in a sandbox run of their own, after the exercise's own run, so the code never shares a
 * container with a hidden class while its output can reach a student. This joins the two runs into one result:
 * the exercise's own run decides what the student reads; of the hidden run, only the hidden tests' outcomes and
 * points, and the grader's own words for how it ended. What that run printed (its verdict's detail, with the last
 * lines of output) is kept in {@link ExerciseResult#hiddenRun()}, which students see only once hidden tests are
 * released.
 */
public final class HiddenTestRun {

    private HiddenTestRun() {
    }

    /**
     * Whether the hidden tests are worth a run after the exercise's own run ended with {@code own}: not when the
     * code was rejected or did not compile (it would not in the hidden run either), nor when the grader failed.
     */
    public static boolean worthRunning(ExerciseResult own) {
        return switch (own.verdict()) {
            case REJECTED, COMPILE_ERROR, NOT_SUBMITTED, INTERNAL_ERROR -> false;
            default -> true;
        };
    }

    /**
     * One result from the exercise's own run {@code own}, which lists every expected test (the hidden ones as not
     * run), and the hidden tests' run {@code hidden}, which lists the hidden tests.
     *
     * <p>The tests keep {@code own}'s order; each hidden test takes its result from {@code hidden}. The verdict is
     * {@code own}'s unless that run completed, then {@code hidden}'s, and an internal error in either leaves the
     * exercise not graded (graded again later rather than missing the hidden points). The detail is {@code own}'s,
     * plus a sentence of the grader's own when the hidden run did not complete. Notes, provenance and style are
     * {@code own}'s; the wall time is both runs'.
     */
    public static ExerciseResult combine(ExerciseResult own, ExerciseResult hidden) {
        Map<String, GradedResult> fromHidden = new HashMap<>();
        for (GradedResult result : hidden.tests()) {
            fromHidden.put(result.test().uniqueId(), result);
        }
        List<GradedResult> tests = new ArrayList<>();
        for (GradedResult result : own.tests()) {
            tests.add(fromHidden.getOrDefault(result.test().uniqueId(), result));
        }
        Verdict verdict;
        if (own.verdict() == Verdict.INTERNAL_ERROR || hidden.verdict() == Verdict.INTERNAL_ERROR) {
            verdict = Verdict.INTERNAL_ERROR;
        } else if (own.verdict() != Verdict.COMPLETED) {
            verdict = own.verdict();
        } else {
            verdict = hidden.verdict();
        }
        String said = words(hidden.verdict());
        String detail = said.isEmpty() ? own.detail() : own.detail().isEmpty() ? said : own.detail() + "\n\n" + said;
        return new ExerciseResult(own.exercise(), verdict, detail, tests, own.notes(),
                own.wallTime().plus(hidden.wallTime()), own.provenance(), own.style(), own.speedups(),
                Optional.of(new ExerciseResult.HiddenRun(hidden.verdict(), hidden.detail())));
    }

    /** What a student reads of how the hidden tests' run ended: the grader's words only; empty when it completed. */
    static String words(Verdict hiddenRun) {
        String why = switch (hiddenRun) {
            case COMPLETED -> "";
            case INTERNAL_ERROR -> "Not graded: the grader could not run the hidden tests. This is not your fault; "
                    + "the submission will be graded again.";
            case TIMEOUT -> "it reached the time limit";
            case OUT_OF_MEMORY -> "it used more memory than allowed";
            case OUTPUT_LIMIT -> "it printed more than allowed";
            case PROCESS_LIMIT -> "it tried to start more threads and processes than allowed";
            case CRASHED -> "the Java process running the tests ended early";
            case REJECTED -> "its results were not accepted";
            // not from a run that compiled the same code as the exercise's own run, but said plainly if it happens
            case COMPILE_ERROR, NOT_SUBMITTED -> "the code did not run there ("
                    + hiddenRun.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
        };
        if (why.isEmpty() || hiddenRun == Verdict.INTERNAL_ERROR) {
            return why;
        }
        return "The hidden tests ran on their own and were stopped: " + why + ". Hidden tests that had not finished "
                + "earn nothing. What that run printed is shown once your instructor releases the hidden tests.";
    }
}
