package dev.amdahl.exercises.vectorization;

import java.util.List;

/**
 * Vector arithmetic written so that the JIT can make it fast, and written so that it cannot (lecture:
 * "vectorizing functions is the easiest step to writing fast and parallel code").
 *
 * <p>In Java the JIT compiler is always there: after a loop has run a few thousand times, it compiles it to
 * machine code, and where it can, it uses the processor's SIMD instructions, which add or multiply 2, 4 or 8
 * doubles at once. It can when the loop works on primitive arrays, has no branches, and no iteration depends
 * on the one before. {@link #axpy} is such a loop, as written.
 *
 * <p>A floating-point sum is not: every {@code sum += x[i]} needs the sum of the iteration before, and the
 * JIT may not reorder floating-point additions, because {@code (a + b) + c} and {@code a + (b + c)} can give
 * different doubles and Java promises the result of the order you wrote. {@link #sumUnrolled} and
 * {@link #dotUnrolled} reorder the additions themselves, with 4 independent running sums, and therefore may
 * differ from {@link #sum} and {@link #dot} in the last digits.
 *
 * <p>The boxed versions do the same arithmetic on {@code List<Double>} with streams: every number is an
 * object somewhere in memory, reached through a pointer, which no SIMD instruction can load.
 *
 * <p>Every method that takes two vectors throws an {@link IllegalArgumentException} that names both lengths
 * when they differ.
 */
public final class Vectors {

    /** How many independent running sums the unrolled versions keep. */
    public static final int ACCUMULATORS = 4;

    private Vectors() {
    }

    /**
     * {@code a·x + y}, element by element, into a new array (the BLAS routine "axpy"). Each element is
     * {@code a * x[i] + y[i]}; the iterations are independent, so the JIT vectorizes the loop as written.
     *
     * @param a a number
     * @param x a vector
     * @param y a vector of the same length
     * @return a new array; {@code x} and {@code y} are left as they were
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double[] axpy(double a, double[] x, double[] y) {
        // TODO: refuse vectors of different lengths (IllegalArgumentException naming both lengths); then one
        // loop that fills a new array with a * x[i] + y[i].
        throw new UnsupportedOperationException("TODO: implement Vectors.axpy (see the exercise README)");
    }

    /**
     * The dot product {@code x[0]·y[0] + x[1]·y[1] + …}, added in index order into one running sum.
     *
     * @param x a vector
     * @param y a vector of the same length
     * @return the dot product; 0 for empty vectors
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double dot(double[] x, double[] y) {
        // TODO: the same check; then one running sum of x[i] * y[i].
        throw new UnsupportedOperationException("TODO: implement Vectors.dot (see the exercise README)");
    }

    /**
     * The sum of the elements, added in index order into one running sum.
     *
     * @param x a vector
     * @return the sum; 0 for an empty vector
     */
    public static double sum(double[] x) {
        // TODO: one running sum.
        throw new UnsupportedOperationException("TODO: implement Vectors.sum (see the exercise README)");
    }

    /**
     * {@link #dot} on lists of boxed {@code Double}s, with a stream of boxed values: each product is a new
     * {@code Double}. For lists with a fast {@code get(i)}, such as {@code ArrayList} and {@code List.of}.
     *
     * @param x a vector
     * @param y a vector of the same size
     * @return the dot product; 0 for empty lists
     * @throws IllegalArgumentException if the sizes differ
     */
    public static double dotBoxed(List<Double> x, List<Double> y) {
        // TODO: the same check; then a stream of boxed products, e.g. IntStream.range(0, n).mapToObj(…),
        // added up with reduce(0.0, Double::sum).
        throw new UnsupportedOperationException("TODO: implement Vectors.dotBoxed (see the exercise README)");
    }

    /**
     * {@link #sum} on a list of boxed {@code Double}s, with a stream of boxed values.
     *
     * @param x a vector
     * @return the sum; 0 for an empty list
     */
    public static double sumBoxed(List<Double> x) {
        // TODO: x.stream() and reduce(0.0, Double::sum).
        throw new UnsupportedOperationException("TODO: implement Vectors.sumBoxed (see the exercise README)");
    }

    /**
     * {@link #dot} with {@value #ACCUMULATORS} independent running sums: the product of index {@code i} is
     * added to running sum {@code i % 4}, for every {@code i} below {@code n − n % 4}; the 0 to 3 products
     * left at the end (the tail) are added too; then the sums are added together. The 4 additions of one
     * step do not wait for each other, so the processor can do them at the same time.
     *
     * @param x a vector
     * @param y a vector of the same length, any length (not only multiples of 4)
     * @return the dot product, possibly different from {@link #dot} in the last digits
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double dotUnrolled(double[] x, double[] y) {
        // TODO: the same check; four running sums s0 … s3, a loop that steps by 4 up to n − n % 4, then the
        // tail, then (s0 + s1) + (s2 + s3) + tail.
        throw new UnsupportedOperationException("TODO: implement Vectors.dotUnrolled (see the exercise README)");
    }

    /**
     * {@link #sum} with {@value #ACCUMULATORS} independent running sums: element {@code i} is added to running
     * sum {@code i % 4}, for every {@code i} below {@code n − n % 4}; the 0 to 3 elements left at the end (the
     * tail) are added too; then the sums are added together.
     *
     * @param x a vector, any length (not only multiples of 4)
     * @return the sum, possibly different from {@link #sum} in the last digits
     */
    public static double sumUnrolled(double[] x) {
        // TODO: as dotUnrolled, on the elements themselves.
        throw new UnsupportedOperationException("TODO: implement Vectors.sumUnrolled (see the exercise README)");
    }
}
