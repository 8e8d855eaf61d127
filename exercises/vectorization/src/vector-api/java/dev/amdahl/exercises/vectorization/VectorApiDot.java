package dev.amdahl.exercises.vectorization;

import java.util.Arrays;
import java.util.Random;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * OPTIONAL EXTENSION, NOT GRADED: the dot product written with the JDK's Vector API, which says in code what
 * the JIT should do with SIMD registers instead of hoping it finds out. The API is still an incubator module
 * (jdk.incubator.vector) in Java 21, so this file is compiled only with the Maven profile {@code vector-api}
 * (see the exercise README); the normal build and the grader never see it.
 */
public final class VectorApiDot {

    /** The widest vector of doubles this processor has: 2, 4 or 8 lanes. */
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private static final int LENGTH = 1_000_000;
    /** Warm-up lasts this long, so that the JIT has compiled the code before it is timed. */
    private static final long WARM_UP_NANOS = 300_000_000L;
    private static final int RUNS = 9;

    private VectorApiDot() {
    }

    /**
     * The dot product with one running sum per lane: each step multiplies {@code SPECIES.length()} pairs at
     * once and adds them to the lanes of {@code sums} ({@code fma}: multiply and add, rounded once); at the
     * end, the lanes are added together, and the tail that does not fill a vector is added one by one.
     *
     * @param x a vector
     * @param y a vector of the same length
     * @return the dot product, possibly different from {@link Vectors#dot} in the last digits
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double dot(double[] x, double[] y) {
        // TODO (optional, not graded): DoubleVector.zero(SPECIES) for the running sums; a loop up to
        // SPECIES.loopBound(x.length), stepping SPECIES.length(), that loads DoubleVector.fromArray(SPECIES, x, i)
        // and the same of y, and adds their products with fma; then sums.reduceLanes(VectorOperators.ADD) plus
        // the tail, one by one.
        throw new UnsupportedOperationException("TODO: implement VectorApiDot.dot (see the exercise README)");
    }

    /**
     * Compares the three dot products: their values, and their times.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        Random random = new Random(42);
        double[] x = new double[LENGTH];
        double[] y = new double[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            x[i] = random.nextDouble() * 2 - 1;
            y[i] = random.nextDouble() * 2 - 1;
        }
        System.out.printf("%s: %d doubles per vector%n", SPECIES, SPECIES.length());
        double plain = time("Vectors.dot", () -> Vectors.dot(x, y), Double.NaN);
        time("Vectors.dotUnrolled", () -> Vectors.dotUnrolled(x, y), plain);
        time("VectorApiDot.dot", () -> dot(x, y), plain);
    }

    /** Something to time. */
    @FunctionalInterface
    private interface Work {
        double run();
    }

    private static double time(String name, Work work, double baseline) {
        double[] millis = new double[RUNS];
        double value = 0;
        try {
            long warmUntil = System.nanoTime() + WARM_UP_NANOS;
            while (System.nanoTime() < warmUntil) {
                value = work.run();
            }
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                value = work.run();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        } catch (UnsupportedOperationException e) {
            System.out.printf("  %-20s not written yet (%s)%n", name, e.getMessage());
            return Double.NaN;
        }
        Arrays.sort(millis);
        double median = millis[RUNS / 2];
        System.out.printf("  %-20s = %.17g  %8.3f ms%s%n", name, value, median,
                Double.isNaN(baseline) ? "" : String.format("  %5.2f × the time of Vectors.dot", median / baseline));
        return median;
    }
}
