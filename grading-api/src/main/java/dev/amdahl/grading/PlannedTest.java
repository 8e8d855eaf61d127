package dev.amdahl.grading;

import java.util.Objects;

/**
 * A test as discovered, before it runs: the unit that carries points.
 *
 * @param uniqueId    JUnit's unique id of the method (of the container, for parameterized tests), or of the
 *                    ArchUnit rule
 * @param className   the test class
 * @param methodName  the test method (the rule's field, for a structure rule)
 * @param displayName what a student reads
 * @param points      what passing it is worth; 0 when it has no {@link Points}
 * @param extraCredit whether its points are extra credit (they count, but do not raise the maximum)
 * @param visibility  when a student may see its result
 * @param kind        what it judges
 */
public record PlannedTest(String uniqueId, String className, String methodName, String displayName, double points,
        boolean extraCredit, Visibility visibility, TestKind kind) {

    public PlannedTest {
        Objects.requireNonNull(uniqueId, "uniqueId must not be null");
        Objects.requireNonNull(className, "className must not be null");
        Objects.requireNonNull(methodName, "methodName must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
        if (points < 0 || Double.isNaN(points) || Double.isInfinite(points)) {
            throw new IllegalArgumentException("points must be a number, 0 or more");
        }
        visibility = visibility == null ? Visibility.VISIBLE : visibility;
        kind = kind == null ? TestKind.BEHAVIOUR : kind;
    }

    /** A visible behaviour test worth {@code points}. */
    public PlannedTest(String uniqueId, String className, String methodName, String displayName, double points) {
        this(uniqueId, className, methodName, displayName, points, false, Visibility.VISIBLE, TestKind.BEHAVIOUR);
    }

    /** What it adds to the maximum: its points, unless they are extra credit. */
    public double maxPoints() {
        return extraCredit ? 0 : points;
    }

    /** This test with {@code value} as its visibility; everything else unchanged. */
    public PlannedTest withVisibility(Visibility value) {
        return new PlannedTest(uniqueId, className, methodName, displayName, points, extraCredit, value, kind);
    }
}
