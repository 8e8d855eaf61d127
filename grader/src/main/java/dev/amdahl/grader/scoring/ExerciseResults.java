package dev.amdahl.grader.scoring;

import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.TestKind;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The results of exercises that were not run, or not timed, with the reason the student reads: every expected test
 * {@code NOT_RUN} with no points, the style budget and the speedup cases still in the maximum.
 */
public final class ExerciseResults {

    /**
     * The tests an exercise is graded against, known before any run (see {@code testrun.ExpectedTests}:
     * {@code e -> expectedTests.of(e).tests()}).
     */
    @FunctionalInterface
    public interface PlannedTests {
        /** The tests {@code exercise} is graded against, in the order its results list them. */
        List<PlannedTest> of(Exercise exercise) throws CourseException;
    }

    private ExerciseResults() {
    }

    /**
     * {@code exercise} not run: each of {@code expected} not run, for {@code why}, and the exercise's verdict and
     * {@code detail}.
     */
    public static ExerciseResult withoutRun(String exercise, List<PlannedTest> expected, Verdict verdict,
            String detail, String why, List<String> notes) {
        List<GradedResult> tests = expected.stream().map(t -> new GradedResult(t, Outcome.NOT_RUN, why, 0)).toList();
        return new ExerciseResult(exercise, verdict, detail, tests, notes, Duration.ZERO);
    }

    /** Where nothing was staged to check, the style budget still belongs to the maximum, and earns nothing. */
    public static ExerciseResult withStyleBudget(ExerciseResult result, Exercise exercise) {
        return result.style().isPresent() ? result
                : result.withStyle(new StyleReview(exercise.rubric().style().score(List.of()), "", ""));
    }

    /** A report for when no sandbox could be had: every exercise is an internal error, with the reason. */
    public static GradeReport ungraded(String name, String version, List<Exercise> exercises,
            PlannedTests expectedTests, String reason, Clock clock) throws CourseException {
        return notRun(name, version, exercises, expectedTests, Verdict.INTERNAL_ERROR,
                "Not graded: " + reason + " This is not your fault; the submission will be graded again.",
                "not run: the grader could not start", clock);
    }

    /**
     * A report for a submission whose input could not be used at all (a broken archive, a clone that failed):
     * every exercise is rejected with {@code problem}, which the student reads.
     */
    public static GradeReport unusable(String name, String version, List<Exercise> exercises,
            PlannedTests expectedTests, String problem, Clock clock) throws CourseException {
        return notRun(name, version, exercises, expectedTests, Verdict.REJECTED, problem,
                "not run: the submission could not be opened", clock);
    }

    private static GradeReport notRun(String name, String version, List<Exercise> exercises,
            PlannedTests expectedTests, Verdict verdict, String detail, String why, Clock clock)
            throws CourseException {
        List<ExerciseResult> results = new ArrayList<>();
        for (Exercise exercise : exercises) {
            results.add(withStyleBudget(withoutRun(exercise.id(), expectedTests.of(exercise), verdict, detail, why,
                    List.of()), exercise));
        }
        return new GradeReport(name, version, "(none)", clock.instant(), results);
    }

    /** {@code graded} with its speedup cases marked not timed because its tests do not all pass yet. */
    public static ExerciseResult notTimed(Exercise exercise, ExerciseResult graded) {
        long failing = graded.tests().stream().filter(t -> t.test().kind() == TestKind.BEHAVIOUR
                && t.test().points() > 0 && t.outcome() != Outcome.PASSED).count();
        return graded.withSpeedups(exercise.rubric().speedup().cases().stream().map(c -> SpeedupResult.unmeasured(
                c.className(), c.className(), c.points(), SpeedupResult.Status.NOT_TIMED, "Not timed yet: a speedup is"
                        + " measured once every test of this exercise passes (" + failing + " still "
                        + (failing == 1 ? "does" : "do") + " not). A fast wrong answer is worth nothing.")).toList());
    }

    /** {@code graded} with its speedup cases not timed because the grader failed ({@code why}): timed again later. */
    public static ExerciseResult notTimedByOurFault(Exercise exercise, ExerciseResult graded, String why) {
        return graded.withSpeedups(exercise.rubric().speedup().cases().stream()
                .map(c -> SpeedupResult.unmeasured(c.className(), c.className(), c.points(),
                        SpeedupResult.Status.INTERNAL_ERROR,
                        "Not timed: " + why + " This is not your fault; it will be timed again."))
                .toList());
    }
}
