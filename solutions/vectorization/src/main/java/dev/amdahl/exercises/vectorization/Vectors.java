package dev.amdahl.exercises.vectorization;

import java.util.List;
import java.util.stream.IntStream;

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
        requireSameLength(x.length, y.length, "axpy");
        double[] result = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            result[i] = a * x[i] + y[i];
        }
        return result;
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
        requireSameLength(x.length, y.length, "dot");
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }

    /**
     * The sum of the elements, added in index order into one running sum.
     *
     * @param x a vector
     * @return the sum; 0 for an empty vector
     */
    public static double sum(double[] x) {
        double sum = 0;
        for (double value : x) {
            sum += value;
        }
        return sum;
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
        requireSameLength(x.size(), y.size(), "dotBoxed");
        return IntStream.range(0, x.size()).mapToObj(i -> x.get(i) * y.get(i)).reduce(0.0, Double::sum);
    }

    /**
     * {@link #sum} on a list of boxed {@code Double}s, with a stream of boxed values.
     *
     * @param x a vector
     * @return the sum; 0 for an empty list
     */
    public static double sumBoxed(List<Double> x) {
        return x.stream().reduce(0.0, Double::sum);
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
        requireSameLength(x.length, y.length, "dotUnrolled");
        int end = x.length - x.length % ACCUMULATORS;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int i = 0; i < end; i += ACCUMULATORS) {
            s0 += x[i] * y[i];
            s1 += x[i + 1] * y[i + 1];
            s2 += x[i + 2] * y[i + 2];
            s3 += x[i + 3] * y[i + 3];
        }
        double tail = 0;
        for (int i = end; i < x.length; i++) {
            tail += x[i] * y[i];
        }
        return (s0 + s1) + (s2 + s3) + tail;
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
        int end = x.length - x.length % ACCUMULATORS;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int i = 0; i < end; i += ACCUMULATORS) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
        }
        double tail = 0;
        for (int i = end; i < x.length; i++) {
            tail += x[i];
        }
        return (s0 + s1) + (s2 + s3) + tail;
    }

    private static void requireSameLength(int x, int y, String operation) {
        if (x != y) {
            throw new IllegalArgumentException(operation + " needs two vectors of the same length, but x has " + x
                    + " elements and y has " + y);
        }
    }
}
