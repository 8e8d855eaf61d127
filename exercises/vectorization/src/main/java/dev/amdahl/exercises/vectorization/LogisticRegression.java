package dev.amdahl.exercises.vectorization;

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
        // TODO: check the arguments (see the class comment); copy initialWeights; for each iteration, compute
        // the whole gradient with the weights of the iteration before, then subtract it. Write a helper that adds
        // the gradient terms of rows from … to into an array: fitParallel needs it too.
        throw new UnsupportedOperationException("TODO: implement LogisticRegression.fit (see the exercise README)");
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
        // TODO: the same checks, and threads >= 1. One pool of `threads` threads for all iterations, shut down
        // at the end (try-with-resources). Each iteration: one task per share of the rows (rows * t / threads to
        // rows * (t + 1) / threads), each returning its partial gradient in a new array; get() them all, add them
        // up, and only then change the weights.
        throw new UnsupportedOperationException("TODO: implement LogisticRegression.fitParallel "
                + "(see the exercise README)");
    }
}
