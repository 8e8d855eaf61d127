package dev.amdahl.grading.classroom;

import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.TestKind;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One graded test of the exported template, as {@code plan.tsv} records it.
 *
 * @param exercise    the exercise's folder under {@code exercises/}
 * @param uniqueId    JUnit's unique id of the test (the unit that carries points)
 * @param points      what passing it is worth
 * @param extraCredit whether its points are extra credit (they count, but do not raise the maximum)
 * @param kind        what it judges; structure points count once a behaviour test of the exercise passes
 * @param displayName what a student reads
 */
public record PlanEntry(String exercise, String uniqueId, double points, boolean extraCredit, TestKind kind,
        String displayName) {

    /** More than any course gives a test; keeps sums of points exact in hundredths. */
    public static final double MAX_POINTS = 1_000_000;

    /** A folder name, never a path: the plan names the folder the results are read from. */
    private static final Pattern EXERCISE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    public PlanEntry {
        Objects.requireNonNull(exercise, "exercise must not be null");
        Objects.requireNonNull(uniqueId, "uniqueId must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
        if (!EXERCISE.matcher(exercise).matches() || exercise.equals("..")) {
            throw new IllegalArgumentException("not an exercise folder name: " + exercise);
        }
        if (uniqueId.isBlank()) {
            throw new IllegalArgumentException("uniqueId must not be blank");
        }
        if (!(points >= 0 && points <= MAX_POINTS)) {
            throw new IllegalArgumentException("points must be a number from 0 to " + MAX_POINTS + ": " + points);
        }
    }

    /** The entry for {@code test} of {@code exercise}. */
    public static PlanEntry of(String exercise, PlannedTest test) {
        return new PlanEntry(exercise, test.uniqueId(), test.points(), test.extraCredit(), test.kind(),
                test.displayName());
    }

    /** What it adds to the maximum: its points, unless they are extra credit. */
    public double maxPoints() {
        return extraCredit ? 0 : points;
    }
}
