package dev.amdahl.exercises.vectorization;

import java.util.Random;

/**
 * A labelled dataset for the tests and the timing declaration.
 *
 * @param x    the features, rows × cols, row-major
 * @param rows how many examples
 * @param cols how many features
 * @param y    the labels, −1 or +1
 */
record Dataset(double[] x, int rows, int cols, double[] y) {

    /** Rows closer than this to the hidden boundary (before scaling) are left out, so the classes have a gap. */
    private static final double GAP = 0.1;

    /** Σ x², after scaling: see {@link #separable}. */
    private static final double SQUARED_NORM = 4;

    /**
     * A dataset that a line (a plane) separates: rows drawn in [−1, 1]^cols, labelled by the side of a
     * hidden random plane through 0 they are on, without rows within {@value #GAP} of it. Then every feature
     * is scaled by the same factor so that Σᵢⱼ x[i][j]² = 4.
     *
     * <p>Why scaled: the lecture's update {@code w -= gradient} has no step size, and it is a stable
     * (non-expanding) map only when the Hessian of the loss, H = Σᵢ sᵢ(1 − sᵢ)·xᵢxᵢᵀ ≤ XᵀX / 4, has no
     * eigenvalue above 2. With Σ x² = 4, the largest eigenvalue of XᵀX is at most 4, and of H at most 1. Then a
     * small difference in the weights (from rounding) never grows from one iteration to the next, which is
     * what {@link #parallelTolerance} relies on. Scaling every feature by the same factor does not change
     * which side of the plane a row is on.
     */
    static Dataset separable(int rows, int cols, Random random) {
        double[] hidden = new double[cols];
        double length = 0;
        for (int j = 0; j < cols; j++) {
            hidden[j] = random.nextGaussian();
            length += hidden[j] * hidden[j];
        }
        length = Math.sqrt(length);
        double[] x = new double[rows * cols];
        double[] y = new double[rows];
        double squares = 0;
        for (int i = 0; i < rows; i++) {
            double side;
            do {
                side = 0;
                for (int j = 0; j < cols; j++) {
                    x[i * cols + j] = random.nextDouble() * 2 - 1;
                    side += x[i * cols + j] * hidden[j];
                }
            } while (Math.abs(side) < GAP * length);
            y[i] = side > 0 ? 1 : -1;
            for (int j = 0; j < cols; j++) {
                squares += x[i * cols + j] * x[i * cols + j];
            }
        }
        double scale = Math.sqrt(SQUARED_NORM / squares);
        for (int k = 0; k < x.length; k++) {
            x[k] *= scale;
        }
        return new Dataset(x, rows, cols, y);
    }

    /** How many rows the weights put on the wrong side: sign(xᵢ·w) differs from yᵢ. */
    int misclassified(double[] w) {
        int wrong = 0;
        for (int i = 0; i < rows; i++) {
            double z = 0;
            for (int j = 0; j < cols; j++) {
                z += x[i * cols + j] * w[j];
            }
            if (z * y[i] <= 0) {
                wrong++;
            }
        }
        return wrong;
    }

    /**
     * How far fitParallel's weights may be from fit's after {@code iterations} steps on this dataset.
     *
     * <p>Why they differ at all: the gradient gⱼ = Σᵢ cᵢ·xᵢⱼ is a floating-point sum, and fitParallel adds it
     * in another order (each thread its rows, then the partial sums). Two orders of a sum of n terms differ
     * by at most about n·ε·Σᵢ|cᵢ·xᵢⱼ| ≤ n·ε·S, where |cᵢ| &lt; 1, S = maxⱼ Σᵢ|xᵢⱼ| and ε = 2⁻⁵²; computing
     * each row's xᵢ·w and the update w − g on slightly different weights adds rounding of about cols·ε·S and
     * ε·|w|. Each iteration adds such a difference, and (the data being scaled, see {@link #separable}) no
     * iteration enlarges the differences already there; measured in the Euclidean norm, which is at most
     * √cols times the largest component. So after k iterations no weight differs by more than about
     * k·√cols·ε·((rows + cols)·S + maxⱼ|wⱼ|). The tolerance is 4 times that: a few 10⁻⁹ for the tests'
     * datasets, where fit and a correct fitParallel differ by about 10⁻¹⁴, and a fitParallel that loses one
     * row's gradient is off by about 10⁻².
     */
    double parallelTolerance(int iterations, double[] weights) {
        double largestColumn = 0;
        for (int j = 0; j < cols; j++) {
            double column = 0;
            for (int i = 0; i < rows; i++) {
                column += Math.abs(x[i * cols + j]);
            }
            largestColumn = Math.max(largestColumn, column);
        }
        double largestWeight = 0;
        for (double weight : weights) {
            largestWeight = Math.max(largestWeight, Math.abs(weight));
        }
        return 4 * Math.max(1, iterations) * Math.sqrt(cols) * Exact.EPSILON
                * ((rows + cols) * largestColumn + largestWeight);
    }
}
