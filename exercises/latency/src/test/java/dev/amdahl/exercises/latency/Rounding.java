package dev.amdahl.exercises.latency;

import java.math.BigDecimal;

/** Exact sums to compare with, and how far a floating-point sum may be from them. */
final class Rounding {

    /**
     * ε, the gap between 1 and the next larger double: 2⁻⁵² ≈ 2.2·10⁻¹⁶. Each floating-point addition rounds
     * its result to the nearest double, changing it by at most ε/2 of its size.
     */
    static final double EPSILON = Math.ulp(1.0);

    private Rounding() {
    }

    /** The exact sum of the values (in BigDecimal, which does not round), rounded once to a double. */
    static double exactSum(double[] values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double value : values) {
            sum = sum.add(new BigDecimal(value));
        }
        return sum.doubleValue();
    }

    /**
     * How far a sum computed one addition at a time may be from the exact sum: n·ε·Σ|xᵢ|. Each of the n − 1
     * additions rounds a partial sum by at most ε/2 of it, and no partial sum is larger than Σ|xᵢ|, so the
     * rounding errors add up to less than (n − 1)·(ε/2)·Σ|xᵢ| (Higham, "Accuracy and Stability of Numerical
     * Algorithms", section 4.2); the tolerance is more than twice that, and holds for any order of the
     * additions. A sum that leaves out or repeats an element is off by about the size of an element, far more.
     */
    static double sumTolerance(double[] values) {
        double absolute = 0;
        for (double value : values) {
            absolute += Math.abs(value);
        }
        return Math.max(1, values.length) * EPSILON * absolute;
    }
}
