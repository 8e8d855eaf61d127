package dev.amdahl.exercises.latency;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.Random;

/**
 * Times your {@link CacheEffects} methods side by side and prints how many times slower one order is than the
 * other. This class is complete; you do not need to change it. Run it (see the exercise README) with:
 *
 * <pre>
 * java -cp target/classes dev.amdahl.exercises.latency.CacheTimer [side]
 * </pre>
 *
 * <p>{@code side} is the number of rows and of columns of the matrix (2048 unless given); the lists hold a
 * quarter as many numbers as the matrix. The second list holds the same {@code Double} objects as the first,
 * shuffled ({@link Collections#shuffle}): its nodes were made one after another, but each now points to a
 * {@code Double} somewhere else in memory. Each time printed is the median of {@value #RUNS} runs (a run
 * repeats a short call until it lasts 10 ms, and counts the time per call), after at least {@value #WARM_UPS}
 * calls and 0.3 s that let the JIT compile your code first, and the time per number it is
 * divided into, to compare with the lecture's latency table (an L1 cache reference takes 0.5 ns, a main memory
 * reference 100 ns).
 */
public final class CacheTimer {

    private static final int DEFAULT_SIDE = 2048;
    private static final int WARM_UPS = 3;
    /** Warm-up lasts at least this long, so that the JIT has compiled the code before it is timed. */
    private static final long WARM_UP_NANOS = 300_000_000L;
    /** A timed run repeats a short call until it lasts at least this long, for a clock that can tell. */
    private static final long MIN_RUN_NANOS = 10_000_000L;
    private static final int RUNS = 7;
    private static final int[] BLOCKS = {8, 32, 128};

    /** Something to time; it returns a number so that the JIT cannot leave the work out. */
    @FunctionalInterface
    private interface Work {
        double run();
    }

    /** Every result ends up here and is printed at the end, so no work is optimized away. */
    private static double sink;

    private CacheTimer() {
    }

    /**
     * Times the methods and prints the table.
     *
     * @param args optionally the side of the square matrix, e.g. {@code 2000}
     */
    public static void main(String[] args) {
        int side = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_SIDE;
        if (side < 1 || (long) side * side > Integer.MAX_VALUE / 2) {
            System.out.println("The side must be between 1 and 32,767, not " + side + ".");
            return;
        }
        Random random = new Random(42);
        double[] matrix = new double[side * side];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = random.nextDouble();
        }
        System.out.printf("Java %s, %d cores. Each time: the median of %d runs, after a warm-up of 0.3 s.%n%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), RUNS);

        System.out.printf("Summing a %,d × %,d matrix of doubles (%,d MB), row-major:%n", side, side,
                matrix.length * 8L >> 20);
        double rowByRow = time("sumRowByRow", matrix.length, () -> CacheEffects.sumRowByRow(matrix, side, side));
        time("sumColumnByColumn", matrix.length, () -> CacheEffects.sumColumnByColumn(matrix, side, side),
                "sumRowByRow", rowByRow);

        System.out.printf("%nTransposing the same matrix:%n");
        double naive = time("transposeNaive", matrix.length,
                () -> CacheEffects.transposeNaive(matrix, side, side)[side - 1]);
        for (int block : BLOCKS) {
            time("transposeBlocked, block " + block, matrix.length,
                    () -> CacheEffects.transposeBlocked(matrix, side, side, block)[side - 1], "transposeNaive", naive);
        }

        double[] values = Arrays.copyOf(matrix, Math.max(1, matrix.length / 4));
        LinkedList<Double> list = new LinkedList<>();
        for (double value : values) {
            list.add(value);
        }
        System.out.printf("%nSumming %,d numbers:%n", values.length);
        double array = time("sumArray (double[])", values.length, () -> CacheEffects.sumArray(values));
        time("sumLinkedList (LinkedList<Double>)", values.length, () -> CacheEffects.sumLinkedList(list), "sumArray",
                array);
        LinkedList<Double> scattered = new LinkedList<>(list);
        Collections.shuffle(scattered, random);
        time("sumLinkedList, Doubles shuffled", values.length, () -> CacheEffects.sumLinkedList(scattered),
                "sumArray", array);

        System.out.printf("%n(checksum of all results, ignore it: %.3f)%n", sink);
    }

    /**
     * Times {@code work} on {@code elements} numbers and prints its median time, also per number; returns the
     * time, or NaN if the method is not written yet.
     */
    private static double time(String name, int elements, Work work) {
        return time(name, elements, work, null, Double.NaN);
    }

    /** The same, and how many times the time of {@code baseline} it took. */
    private static double time(String name, int elements, Work work, String baselineName, double baseline) {
        double[] millis = new double[RUNS];
        try {
            long warmUntil = System.nanoTime() + WARM_UP_NANOS;
            for (int i = 0; i < WARM_UPS || System.nanoTime() < warmUntil; i++) {
                sink += work.run();
            }
            long oneCall = System.nanoTime();
            sink += work.run();
            oneCall = Math.max(1, System.nanoTime() - oneCall);
            long calls = Math.max(1, MIN_RUN_NANOS / oneCall);
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                for (long call = 0; call < calls; call++) {
                    sink += work.run();
                }
                millis[i] = (System.nanoTime() - start) / 1e6 / calls;
            }
        } catch (UnsupportedOperationException e) {
            System.out.printf("  %-36s not written yet (%s)%n", name, e.getMessage());
            return Double.NaN;
        }
        Arrays.sort(millis);
        double median = millis[RUNS / 2];
        double nanosPerElement = median * 1e6 / elements;
        if (baselineName == null || Double.isNaN(baseline)) {
            System.out.printf("  %-36s %9.2f ms %7.2f ns per number%n", name, median, nanosPerElement);
        } else {
            System.out.printf("  %-36s %9.2f ms %7.2f ns per number %7.2f × the time of %s%n", name, median,
                    nanosPerElement, median / baseline, baselineName);
        }
        return median;
    }
}
