package dev.amdahl.exercises.vectorization;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The lecture's logistic regression, which numba compiles to machine code:
 *
 * <pre>
 * &#64;numba.jit(nopython=True, parallel=True)
 * def logistic_regression(Y, X, w, iterations):
 *     for i in range(iterations):
 *         w -= np.dot(((1.0 / (1.0 + np.exp(-Y * np.dot(X, w))) - 1.0) * Y), X)
 *     return w
 * </pre>
 *
 * <p>In Java, on primitive arrays. One iteration, for rows {@code i} and columns {@code j}:
 * <ol>
 *   <li>{@code z[i] = x[i]·w}, the dot product of row {@code i} with the weights ({@code np.dot(X, w)});</li>
 *   <li>{@code c[i] = (1 / (1 + exp(−y[i]·z[i])) − 1)·y[i]}, one coefficient per row;</li>
 *   <li>{@code g[j] = Σᵢ c[i]·x[i][j]}, the gradient ({@code np.dot(c, X)});</li>
 *   <li>{@code w[j] −= g[j]}.</li>
 * </ol>
 * This is gradient descent on the logistic loss Σᵢ log(1 + exp(−y[i]·z[i])) with a step of 1. The matrix
 * {@code x} is row-major: element (i, j) is at {@code x[i * cols + j]}. Labels are −1 or +1.
 *
 * <p>Both methods check their arguments and throw an {@link IllegalArgumentException} when the lengths do
 * not fit {@code rows} and {@code cols}, or when {@code iterations < 0} (or {@code threads < 1}).
 */
public final class LogisticRegression {

    private LogisticRegression() {
    }

    /**
     * Fits the weights on one thread.
     *
     * @param x              the features, {@code rows × cols}, row-major
     * @param rows           how many examples, at least 1
     * @param cols           how many features, at least 1
     * @param y              the labels, {@code rows} of them, each −1 or +1
     * @param initialWeights the weights to start from, {@code cols} of them
     * @param iterations     how many steps, at least 0
     * @return new weights after {@code iterations} steps; none of the arguments is changed
     */
    public static double[] fit(double[] x, int rows, int cols, double[] y, double[] initialWeights,
            int iterations) {
        requireProblem(x, rows, cols, y, initialWeights, iterations);
        double[] w = initialWeights.clone();
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[] gradient = new double[cols];
            addGradient(x, cols, y, w, 0, rows, gradient);
            for (int j = 0; j < cols; j++) {
                w[j] -= gradient[j];
            }
        }
        return w;
    }

    /**
     * Fits the weights with {@code threads} threads: in every iteration, each thread computes the gradient of
     * its share of the rows, and the partial gradients are added up before the weights change.
     *
     * @param x              the features, {@code rows × cols}, row-major
     * @param rows           how many examples, at least 1
     * @param cols           how many features, at least 1
     * @param y              the labels, {@code rows} of them, each −1 or +1
     * @param initialWeights the weights to start from, {@code cols} of them
     * @param iterations     how many steps, at least 0
     * @param threads        how many threads, at least 1; more than {@code rows} is allowed
     * @return new weights, the same as {@link #fit} up to rounding (the gradient is added in another order)
     */
    public static double[] fitParallel(double[] x, int rows, int cols, double[] y, double[] initialWeights,
            int iterations, int threads) {
        requireProblem(x, rows, cols, y, initialWeights, iterations);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        double[] w = initialWeights.clone();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int iteration = 0; iteration < iterations; iteration++) {
                double[] gradient = gradientInParallel(pool, x, rows, cols, y, w, threads);
                for (int j = 0; j < cols; j++) {
                    w[j] -= gradient[j];
                }
            }
        }
        return w;
    }

    /** One gradient: each of {@code parts} tasks sums a contiguous share of the rows; the shares are added. */
    private static double[] gradientInParallel(ExecutorService pool, double[] x, int rows, int cols, double[] y,
            double[] w, int parts) {
        List<Future<double[]>> partials = new ArrayList<>(parts);
        for (int part = 0; part < parts; part++) {
            int from = (int) ((long) rows * part / parts);
            int to = (int) ((long) rows * (part + 1) / parts);
            partials.add(pool.submit(() -> {
                double[] partial = new double[cols];
                addGradient(x, cols, y, w, from, to, partial);
                return partial;
            }));
        }
        double[] gradient = new double[cols];
        for (Future<double[]> partial : partials) {
            double[] share = await(partial);
            for (int j = 0; j < cols; j++) {
                gradient[j] += share[j];
            }
        }
        return gradient;
    }

    /** Adds the gradient terms of rows {@code from} (included) to {@code to} (excluded) into {@code gradient}. */
    private static void addGradient(double[] x, int cols, double[] y, double[] w, int from, int to,
            double[] gradient) {
        for (int i = from; i < to; i++) {
            int row = i * cols;
            double z = 0;
            for (int j = 0; j < cols; j++) {
                z += x[row + j] * w[j];
            }
            double coefficient = (1.0 / (1.0 + Math.exp(-y[i] * z)) - 1.0) * y[i];
            for (int j = 0; j < cols; j++) {
                gradient[j] += coefficient * x[row + j];
            }
        }
    }

    private static double[] await(Future<double[]> partial) {
        try {
            return partial.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a partial gradient", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("a partial gradient failed", e.getCause());
        }
    }

    private static void requireProblem(double[] x, int rows, int cols, double[] y, double[] initialWeights,
            int iterations) {
        if (rows < 1 || cols < 1 || (long) rows * cols != x.length) {
            throw new IllegalArgumentException("x must hold rows × cols = " + rows + " × " + cols + " features "
                    + "(rows and cols at least 1), but it has " + x.length);
        }
        if (y.length != rows) {
            throw new IllegalArgumentException("y must hold one label per row, " + rows + ", but it has "
                    + y.length);
        }
        if (initialWeights.length != cols) {
            throw new IllegalArgumentException("initialWeights must hold one weight per column, " + cols
                    + ", but it has " + initialWeights.length);
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be at least 0, not " + iterations);
        }
    }
}
