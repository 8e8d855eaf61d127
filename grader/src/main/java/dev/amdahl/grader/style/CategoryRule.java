package dev.amdahl.grader.style;

import java.util.Objects;

/**
 * How one style category counts.
 *
 * @param treatment whether its findings are hidden, shown, or shown and graded
 * @param penalty   points each finding costs; only used when graded, where it must be more than 0
 * @param cap       the most the category can cost, and so the points it is worth; only used when graded, where it
 *                  must be more than 0
 */
public record CategoryRule(Treatment treatment, double penalty, double cap) {

    public CategoryRule {
        Objects.requireNonNull(treatment, "treatment");
        if (!Double.isFinite(penalty) || penalty < 0 || !Double.isFinite(cap) || cap < 0) {
            throw new IllegalArgumentException("penalty and cap must be numbers of 0 or more, not " + penalty
                    + " and " + cap);
        }
        if (treatment == Treatment.GRADED && (penalty == 0 || cap == 0)) {
            throw new IllegalArgumentException("a graded style category needs a penalty and a cap above 0, not "
                    + penalty + " and " + cap);
        }
    }

    /** Shown to the student, worth no points. */
    public static CategoryRule feedback() {
        return new CategoryRule(Treatment.FEEDBACK, 0, 0);
    }

    /** Hidden. */
    public static CategoryRule off() {
        return new CategoryRule(Treatment.OFF, 0, 0);
    }

    /** Worth {@code cap} points, {@code penalty} less for each finding. */
    public static CategoryRule graded(double penalty, double cap) {
        return new CategoryRule(Treatment.GRADED, penalty, cap);
    }
}
