package dev.amdahl.exercises.vectorization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times your {@link Vectors} and {@link LogisticRegression} methods side by side and prints how many times
 * faster or slower each is than the plain loop. This class is complete; you do not need to change it. Run it
 * (see the exercise README) with:
 *
 * <pre>
 * java -cp target/classes dev.amdahl.exercises.vectorization.VectorTimer [length]
 * </pre>
 *
 * <p>{@code length} is the length of the vectors (1,000,000 unless given). Each time printed is the median of
 * {@value #RUNS} runs (a run repeats a short call until it lasts 10 ms, and counts the time per call), after
 * at least {@value #WARM_UPS} calls and 0.3 s that let the JIT compile your code first.
 */
public final class VectorTimer {

    private static final int DEFAULT_LENGTH = 1_000_000;
    private static final int WARM_UPS = 5;
    /** Warm-up lasts at least this long, so that the JIT has compiled the code before it is timed. */
    private static final long WARM_UP_NANOS = 300_000_000L;
    /** A timed run repeats a short call until it lasts at least this long, for a clock that can tell. */
    private static final long MIN_RUN_NANOS = 10_000_000L;
    private static final int RUNS = 9;
    private static final int ROWS = 100_000;
    private static final int COLS = 16;
    private static final int ITERATIONS = 10;

    /** Something to time; it returns a number so that the JIT cannot leave the work out. */
    @FunctionalInterface
    private interface Work {
        double run();
    }

    /** Every result ends up here and is printed at the end, so no work is optimized away. */
    private static double sink;
    /** The last array {@link #newArray} made: it escapes, so the JIT must really allocate it. */
    private static double[] lastArray;
    private static final String NEW_ARRAY = "new double[length] alone";

    private VectorTimer() {
    }

    /**
     * Times the methods and prints the table.
     *
     * @param args optionally the length of the vectors, e.g. {@code 10000}
     */
    public static void main(String[] args) {
        int length = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_LENGTH;
        if (length < 1) {
            System.out.println("The length must be at least 1, not " + length + ".");
            return;
        }
        Random random = new Random(42);
        double[] x = new double[length];
        double[] y = new double[length];
        for (int i = 0; i < length; i++) {
            x[i] = random.nextDouble() * 2 - 1;
            y[i] = random.nextDouble() * 2 - 1;
        }
        List<Double> boxedX = boxed(x);
        List<Double> boxedY = boxed(y);
        System.out.printf("Java %s, %d cores. Each time: the median of %d runs, after a warm-up of 0.3 s.%n%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), RUNS);

        System.out.printf("Vectors of %,d doubles (%,d KB each):%n", length, length * 8L >> 10);
        // axpy returns a new array, and a new array can cost more than the loop that fills it: the JVM zeroes it,
        // and a large one may land on memory the process has not touched yet, each page a fault for the operating
        // system. The line after axpy times that alone, so that the two costs can be told apart.
        time("axpy (with a new array)", length, () -> Vectors.axpy(1.5, x, y)[length - 1]);
        time(NEW_ARRAY, length, () -> newArray(length));
        double sum = time("sum", length, () -> Vectors.sum(x));
        time("sumUnrolled", length, () -> Vectors.sumUnrolled(x), "sum", sum);
        time("sumBoxed", length, () -> Vectors.sumBoxed(boxedX), "sum", sum);
        double dot = time("dot", length, () -> Vectors.dot(x, y));
        time("dotUnrolled", length, () -> Vectors.dotUnrolled(x, y), "dot", dot);
        time("dotBoxed", length, () -> Vectors.dotBoxed(boxedX, boxedY), "dot", dot);

        int threads = Runtime.getRuntime().availableProcessors();
        double[] features = new double[ROWS * COLS];
        double[] labels = new double[ROWS];
        dataset(random, features, labels);
        double[] start = new double[COLS];
        System.out.printf("%nLogistic regression, %,d rows × %d features, %d iterations:%n", ROWS, COLS, ITERATIONS);
        double fit = time("fit", ROWS * ITERATIONS,
                () -> LogisticRegression.fit(features, ROWS, COLS, labels, start, ITERATIONS)[0]);
        time("fitParallel, " + threads + " threads", ROWS * ITERATIONS,
                () -> LogisticRegression.fitParallel(features, ROWS, COLS, labels, start, ITERATIONS, threads)[0],
                "fit", fit);

        System.out.printf("%n(checksum of all results, ignore it: %.3f)%n", sink);
    }

    /** A new array of {@code length} doubles, kept where the JIT cannot leave it out. */
    private static double newArray(int length) {
        lastArray = new double[length];
        return lastArray[length - 1];
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(value);
        }
        return list;
    }

    /** Random features, scaled small, labelled by the side of a random plane they are on. */
    private static void dataset(Random random, double[] features, double[] labels) {
        double[] hidden = new double[COLS];
        for (int j = 0; j < COLS; j++) {
            hidden[j] = random.nextGaussian();
        }
        double scale = 1 / Math.sqrt((double) ROWS * COLS);
        for (int i = 0; i < ROWS; i++) {
            double side = 0;
            for (int j = 0; j < COLS; j++) {
                features[i * COLS + j] = (random.nextDouble() * 2 - 1) * scale;
                side += features[i * COLS + j] * hidden[j];
            }
            labels[i] = side > 0 ? 1 : -1;
        }
    }

    /** Times {@code work} on {@code elements} elements and prints its median time, also per element. */
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
            System.out.printf("  %-24s not written yet (%s)%n", name, e.getMessage());
            return Double.NaN;
        }
        Arrays.sort(millis);
        double median = millis[RUNS / 2];
        double nanosPerElement = median * 1e6 / elements;
        if (baselineName == null || Double.isNaN(baseline)) {
            System.out.printf("  %-24s %9.3f ms %7.3f ns per element%n", name, median, nanosPerElement);
        } else {
            System.out.printf("  %-24s %9.3f ms %7.3f ns per element %7.2f × the time of %s%n", name, median,
                    nanosPerElement, median / baseline, baselineName);
        }
        return median;
    }
}
