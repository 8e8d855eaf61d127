package dev.amdahl.grading.classroom;

import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.Scores;
import dev.amdahl.grading.classroom.RunnerResults.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The planned tests with the results their modules reported: one verdict per planned test, scored within what
 * the plan allows. The results come from a student's repository, so a test the plan does not name earns nothing,
 * a score is never below 0 or above the test's points, and a planned test without a result is an error.
 *
 * <p>Scores are whole cents whose sum per exercise is the total a student's points table shows for it (that
 * table adds the unrounded points and rounds the sum), and whose {@link TestFeedback#score() score}s add up, in
 * the order of {@link #tests()} and in JavaScript's doubles, to exactly {@link #earned()}: the grading reporter
 * adds them up that way and GitHub Classroom reads the sum.
 */
public final class ClassroomReport {

    /** The message of a planned test with no result. */
    public static final String DID_NOT_RUN = "did not run: the exercise did not compile or its tests did not start;"
            + " see the log of the Maven step";
    /** The message of a planned test missing from results that its exercise's test run did write. */
    public static final String NOT_IN_RESULTS = "did not run: the exercise's tests ran, but not this one; was it "
            + "renamed or removed?";

    /**
     * A planned test's verdict.
     *
     * @param entry          what was planned
     * @param status         pass, fail, or error (no result)
     * @param outcome        how it ended, or null when it has no result
     * @param counted        the points it counts for, within the plan, unrounded (as the student's table shows)
     * @param cents          the same in hundredths, shared so that an exercise's add up to its rounded total
     * @param score          the same as a number for the runner JSON (see {@link ClassroomReport})
     * @param message        why it did not pass; empty when it passed
     * @param durationMillis how long it ran
     */
    public record TestFeedback(PlanEntry entry, Status status, Outcome outcome, double counted, long cents,
            double score, String message, long durationMillis) {
        public TestFeedback {
            Objects.requireNonNull(entry, "entry must not be null");
            Objects.requireNonNull(status, "status must not be null");
            message = message == null ? "" : message;
        }

        TestFeedback withScore(double value) {
            return new TestFeedback(entry, status, outcome, counted, cents, value, message, durationMillis);
        }
    }

    /**
     * One exercise's verdicts.
     *
     * @param exercise      the exercise's folder
     * @param tests         its planned tests' verdicts, in plan order
     * @param earnedCents   the points its tests count for, extra credit included, in hundredths
     * @param possibleCents its maximum (extra credit does not raise it), in hundredths
     * @param ignoredLines  lines of its results file that were garbled, repeated or named no planned test
     */
    public record ExerciseFeedback(String exercise, List<TestFeedback> tests, long earnedCents, long possibleCents,
            int ignoredLines) {
        public ExerciseFeedback {
            tests = List.copyOf(tests);
        }

        /** The exercise's points earned, in points (the cents divided by 100). */
        public double earned() {
            return earnedCents / 100.0;
        }

        /** The exercise's maximum, in points (the cents divided by 100). */
        public double possible() {
            return possibleCents / 100.0;
        }
    }

    private final List<ExerciseFeedback> exercises;

    private ClassroomReport(List<ExerciseFeedback> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    /**
     * The report of {@code plan}, with the results read for each exercise (an exercise without an entry in
     * {@code results} has no results file: none of its tests ran).
     */
    public static ClassroomReport of(List<PlanEntry> plan, Map<String, ResultsFile.Contents> results) {
        Map<String, List<PlanEntry>> byExercise = new LinkedHashMap<>();
        for (PlanEntry entry : plan) {
            byExercise.computeIfAbsent(entry.exercise(), key -> new ArrayList<>()).add(entry);
        }
        List<ExerciseFeedback> exercises = new ArrayList<>();
        for (Map.Entry<String, List<PlanEntry>> exercise : byExercise.entrySet()) {
            exercises.add(exercise(exercise.getKey(), exercise.getValue(), results.get(exercise.getKey())));
        }
        return new ClassroomReport(withExactSum(exercises));
    }

    /** Each exercise's verdicts, in the order the plan lists the exercises. */
    public List<ExerciseFeedback> exercises() {
        return exercises;
    }

    /** Every planned test's verdict, exercise by exercise, in plan order. */
    public List<TestFeedback> tests() {
        return exercises.stream().flatMap(exercise -> exercise.tests().stream()).toList();
    }

    /** Error when a planned test has no result, pass when every planned test passed, else fail. */
    public Status status() {
        List<TestFeedback> tests = tests();
        if (tests.stream().anyMatch(test -> test.outcome() == null)) {
            return Status.ERROR;
        }
        return tests.stream().allMatch(test -> test.status() == Status.PASS) ? Status.PASS : Status.FAIL;
    }

    /** The points earned over every exercise, extra credit included, in hundredths. */
    public long earnedCents() {
        return exercises.stream().mapToLong(ExerciseFeedback::earnedCents).sum();
    }

    /** The maximum over every exercise, in hundredths. */
    public long possibleCents() {
        return exercises.stream().mapToLong(ExerciseFeedback::possibleCents).sum();
    }

    /** The points earned, extra credit included: what the scores add up to. */
    public double earned() {
        return earnedCents() / 100.0;
    }

    /** The maximum: the planned points that are not extra credit. */
    public double possible() {
        return possibleCents() / 100.0;
    }

    private static ExerciseFeedback exercise(String exercise, List<PlanEntry> plan, ResultsFile.Contents contents) {
        Map<String, ReportedResult> reported = new HashMap<>();
        int ignored = 0;
        if (contents != null) {
            ignored = contents.garbledLines();
            for (ReportedResult result : contents.results()) {
                if (reported.putIfAbsent(result.uniqueId(), result) != null) {
                    ignored++;
                }
            }
        }
        List<TestFeedback> tests = new ArrayList<>();
        double[] points = new double[plan.size()];
        double possible = 0;
        for (int i = 0; i < plan.size(); i++) {
            PlanEntry entry = plan.get(i);
            ReportedResult result = reported.remove(entry.uniqueId());
            possible += entry.maxPoints();
            if (result == null) {
                tests.add(new TestFeedback(entry, Status.ERROR, null, 0, 0, 0,
                        contents == null ? DID_NOT_RUN : NOT_IN_RESULTS, 0));
                continue;
            }
            points[i] = result.outcome() == Outcome.PASSED ? clamp(result.counted(), entry.points()) : 0;
            tests.add(new TestFeedback(entry, status(result.outcome()), result.outcome(), points[i], 0, 0,
                    message(result), Math.max(0, result.durationMillis())));
        }
        // A test without points is not planned; reporting it is normal. Only a test that claims points is odd.
        ignored += (int) reported.values().stream().filter(result -> result.points() > 0).count();
        long[] cents = cents(points);
        long earned = 0;
        for (int i = 0; i < tests.size(); i++) {
            TestFeedback test = tests.get(i);
            tests.set(i, new TestFeedback(test.entry(), test.status(), test.outcome(), test.counted(), cents[i],
                    cents[i] / 100.0, test.message(), test.durationMillis()));
            earned += cents[i];
        }
        return new ExerciseFeedback(exercise, tests, earned, toCents(Scores.round(possible)), ignored);
    }

    private static Status status(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> Status.PASS;
            case NOT_RUN -> Status.ERROR;
            case FAILED, TIMED_OUT, SKIPPED -> Status.FAIL;
        };
    }

    private static String message(ReportedResult result) {
        if (result.outcome() == Outcome.PASSED) {
            return "";
        }
        if (!result.message().isBlank()) {
            return result.message();
        }
        return switch (result.outcome()) {
            case TIMED_OUT -> "timed out";
            case SKIPPED -> "skipped";
            case NOT_RUN -> "did not run";
            default -> "failed";
        };
    }

    /** Within [0, points]; anything that is not a number counts nothing. */
    private static double clamp(double counted, double points) {
        if (!(counted > 0)) {
            return 0;
        }
        return Math.min(counted, points);
    }

    /**
     * Hundredths for each of {@code points}, adding up to the rounded sum of them as {@link Scores#earned} rounds
     * it: each gets its hundredths rounded down, and the hundredths left go to the largest remainders.
     */
    static long[] cents(double[] points) {
        double sum = 0;
        for (double value : points) {
            sum += value;
        }
        long target = toCents(Scores.round(sum));
        long[] cents = new long[points.length];
        BigDecimal[] remainders = new BigDecimal[points.length];
        long floors = 0;
        for (int i = 0; i < points.length; i++) {
            BigDecimal hundredths = BigDecimal.valueOf(points[i]).movePointRight(2);
            BigDecimal floor = hundredths.setScale(0, RoundingMode.FLOOR);
            cents[i] = floor.longValueExact();
            remainders[i] = hundredths.subtract(floor);
            floors += cents[i];
        }
        boolean[] adjusted = new boolean[points.length];
        for (long left = target - floors; left != 0; left += left > 0 ? -1 : 1) {
            int pick = -1;
            for (int i = 0; i < points.length; i++) {
                boolean candidate = !adjusted[i] && (left > 0 ? remainders[i].signum() > 0 : cents[i] > 0);
                if (candidate && (pick < 0 || (left > 0
                        ? remainders[i].compareTo(remainders[pick]) > 0
                        : remainders[i].compareTo(remainders[pick]) < 0))) {
                    pick = i;
                }
            }
            if (pick < 0) {
                break; // cannot happen for a rounded sum; the hundredths stay as they are
            }
            adjusted[pick] = true;
            cents[pick] += left > 0 ? 1 : -1;
        }
        return cents;
    }

    /**
     * The exercises with their scores set so that adding them up in order, in doubles, gives exactly the total in
     * hundredths: {@code 0.1 + 0.2} is not {@code 0.3}, and GitHub Classroom would read the difference. Every
     * score is its hundredths, except the last positive one when the sum needs it: a hair off, so the sum is not.
     */
    private static List<ExerciseFeedback> withExactSum(List<ExerciseFeedback> exercises) {
        long totalCents = exercises.stream().mapToLong(ExerciseFeedback::earnedCents).sum();
        double target = totalCents / 100.0;
        double sum = 0;
        double beforeLast = 0;
        int[] last = null;
        for (int e = 0; e < exercises.size(); e++) {
            List<TestFeedback> tests = exercises.get(e).tests();
            for (int t = 0; t < tests.size(); t++) {
                if (tests.get(t).score() > 0) {
                    beforeLast = sum;
                    last = new int[] {e, t};
                }
                sum += tests.get(t).score();
            }
        }
        if (sum == target || last == null) {
            return exercises;
        }
        double score = target - beforeLast;
        for (int step = 0; step < 64 && beforeLast + score != target; step++) {
            score = beforeLast + score < target ? Math.nextUp(score) : Math.nextDown(score);
        }
        if (beforeLast + score != target) {
            return exercises;
        }
        List<ExerciseFeedback> adjusted = new ArrayList<>(exercises);
        ExerciseFeedback exercise = adjusted.get(last[0]);
        List<TestFeedback> tests = new ArrayList<>(exercise.tests());
        tests.set(last[1], tests.get(last[1]).withScore(score));
        adjusted.set(last[0], new ExerciseFeedback(exercise.exercise(), tests, exercise.earnedCents(),
                exercise.possibleCents(), exercise.ignoredLines()));
        return adjusted;
    }

    private static long toCents(double points) {
        return BigDecimal.valueOf(points).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
