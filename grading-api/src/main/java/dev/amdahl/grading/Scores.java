package dev.amdahl.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Adding up test points the same way everywhere: in a student's {@code mvn test} and in the grader. */
public final class Scores {

    private Scores() {
    }

    /** Points are shown and added to two decimals, so shares like 10 / 3 add up to what a person expects. */
    public static double round(double points) {
        return BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** "2", "1.5", "3.33": no trailing zeros. */
    public static String format(double points) {
        return BigDecimal.valueOf(round(points)).stripTrailingZeros().toPlainString();
    }

    /** Earned by behaviour tests, extra credit included. */
    public static double behaviourEarned(List<GradedResult> results) {
        return round(results.stream().filter(r -> r.test().kind() == TestKind.BEHAVIOUR)
                .mapToDouble(GradedResult::pointsEarned).sum());
    }

    /**
     * Whether style and structure points count: only once some behaviour test earns points, so that code
     * which does nothing (an untouched skeleton) earns nothing for being tidy.
     */
    public static boolean behaviourEarns(List<GradedResult> results) {
        return behaviourEarned(results) > 0;
    }

    /** What {@code result} counts for among {@code all}: a structure rule's points need behaviour points. */
    public static double counted(GradedResult result, List<GradedResult> all) {
        if (result.test().kind() == TestKind.STRUCTURE && !behaviourEarns(all)) {
            return 0;
        }
        return result.pointsEarned();
    }

    /** All points the tests earn, extra credit included, structure gated. */
    public static double earned(List<GradedResult> results) {
        return round(results.stream().mapToDouble(r -> counted(r, results)).sum());
    }

    /** The tests' maximum: extra credit does not raise it. */
    public static double possible(List<GradedResult> results) {
        return round(results.stream().mapToDouble(r -> r.test().maxPoints()).sum());
    }
}
