package dev.amdahl.exercises.vectorization;

import java.math.BigDecimal;

/** Exact sums and dot products to compare with, and how far floating-point ones may be from them. */
final class Exact {

    /**
     * ε, the gap between 1 and the next larger double: 2⁻⁵² ≈ 2.2·10⁻¹⁶. Each floating-point addition or
     * multiplication rounds its result to the nearest double, changing it by at most ε/2 of its size.
     */
    static final double EPSILON = Math.ulp(1.0);

    private Exact() {
    }

    /** The exact sum (BigDecimal does not round), rounded once to a double. */
    static double sum(double[] x) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double value : x) {
            sum = sum.add(new BigDecimal(value));
        }
        return sum.doubleValue();
    }

    /** The exact dot product, rounded once to a double. */
    static double dot(double[] x, double[] y) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            sum = sum.add(new BigDecimal(x[i]).multiply(new BigDecimal(y[i])));
        }
        return sum.doubleValue();
    }

    /**
     * How far a floating-point sum of n numbers may be from the exact sum, in whatever order it adds them
     * (one running sum, 4 running sums, a stream's own way): n·ε·Σ|xᵢ|. Each of the n − 1 additions rounds
     * a partial sum by at most ε/2 of it, and no partial sum of any order is larger than Σ|xᵢ|, so the
     * errors add up to less than (n − 1)·(ε/2)·Σ|xᵢ| (Higham, "Accuracy and Stability of Numerical
     * Algorithms", section 4.2); the tolerance is more than twice that. This is also why sum and sumUnrolled
     * may differ in their last digits: each is within the bound, each on its own side. A sum that drops or
     * repeats an element is off by about the size of an element, far more.
     */
    static double sumTolerance(double[] x) {
        double absolute = 0;
        for (double value : x) {
            absolute += Math.abs(value);
        }
        return Math.max(1, x.length) * EPSILON * absolute;
    }

    /**
     * The same for a dot product: (n + 1)·ε·Σ|xᵢ·yᵢ|, one more ε for rounding each product before it is
     * added (a fused multiply-add, Math.fma, rounds less and stays within it too).
     */
    static double dotTolerance(double[] x, double[] y) {
        double absolute = 0;
        for (int i = 0; i < x.length; i++) {
            absolute += Math.abs(x[i] * y[i]);
        }
        return (x.length + 1) * EPSILON * absolute;
    }
}
