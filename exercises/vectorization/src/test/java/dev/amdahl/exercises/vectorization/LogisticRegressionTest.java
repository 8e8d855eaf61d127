package dev.amdahl.exercises.vectorization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Lecture: {@code w -= np.dot(((1.0 / (1.0 + np.exp(-Y * np.dot(X, w))) - 1.0) * Y), X)}, compiled by
 * numba with {@code parallel=True}. Here on primitive arrays, on one thread and on several.
 */
@DisplayName("LogisticRegression fits the lecture's weights, on one thread and on several")
@Order(2)
class LogisticRegressionTest {

    /**
     * The hand computation below writes its numbers with 12 decimals; 10⁻⁹ covers that rounding, and any
     * order of the additions (which changes only the 16th digit).
     */
    private static final double HAND_TOLERANCE = 1e-9;

    @Test
    @Points(3)
    @DisplayName("one iteration, computed by hand, on two small datasets")
    @Order(1)
    void oneIterationByHand() {
        // From w = 0 every x·w is 0, 1 / (1 + e⁰) = 1/2, so each row's coefficient is (1/2 − 1)·y = −y/2.
        // Rows (1, 0) with y = +1 and (0, 1) with y = −1: gradient = −1/2·(1, 0) + 1/2·(0, 1) = (−0.5, 0.5).
        double[] fromZero = LogisticRegression.fit(new double[] {1, 0, 0, 1}, 2, 2, new double[] {1, -1},
                new double[] {0, 0}, 1);
        assertArrayEquals(new double[] {0.5, -0.5}, fromZero, HAND_TOLERANCE, "From w = (0, 0) every x·w is 0, so "
                + "1 / (1 + exp(0)) = 0.5 and each row's coefficient is (0.5 − 1)·y = −y/2. The gradient of rows "
                + "(1, 0), y = +1 and (0, 1), y = −1 is (−0.5, 0.5), and w − gradient = (0.5, −0.5).");

        // Rows (1, 2), (3, −1), (−2, 1); labels +1, −1, +1; w = (0.5, −0.25).
        //   row 0: x·w = 0,     −y·(x·w) = 0,    exp = 1,              c = (1/2 − 1)·(+1) = −0.5
        //   row 1: x·w = 1.75,  −y·(x·w) = 1.75, exp = 5.754602676006, c = (1/6.754602676006 − 1)·(−1)
        //                                                                  = 0.851952801968
        //   row 2: x·w = −1.25, −y·(x·w) = 1.25, exp = 3.490342957462, c = (1/4.490342957462 − 1)·(+1)
        //                                                                  = −0.777299861175
        //   gradient = (−0.5·1 + 0.851952801968·3 − 0.777299861175·(−2), −0.5·2 + 0.851952801968·(−1)
        //              − 0.777299861175·1) = (3.610458128254, −2.629252663143)
        //   w − gradient = (−3.110458128254, 2.379252663143)
        double[] x = {1, 2, 3, -1, -2, 1};
        double[] y = {1, -1, 1};
        double[] w = LogisticRegression.fit(x, 3, 2, y, new double[] {0.5, -0.25}, 1);
        assertArrayEquals(new double[] {-3.110458128254, 2.379252663143}, w, HAND_TOLERANCE, "One step from "
                + "w = (0.5, −0.25) on rows (1, 2), (3, −1), (−2, 1) with labels +1, −1, +1: the coefficients "
                + "(1 / (1 + exp(−y·x·w)) − 1)·y are −0.5, 0.851952801968 and −0.777299861175, the gradient "
                + "Σ coefficient·row is (3.610458128254, −2.629252663143), and w − gradient is "
                + "(−3.110458128254, 2.379252663143). Element (i, j) of x is x[i * cols + j].");

        double[] parallel = LogisticRegression.fitParallel(x, 3, 2, y, new double[] {0.5, -0.25}, 1, 2);
        assertArrayEquals(new double[] {-3.110458128254, 2.379252663143}, parallel, HAND_TOLERANCE, "fitParallel "
                + "with 2 threads should take the same step as fit: (−3.110458128254, 2.379252663143).");
    }

    @Test
    @Points(1)
    @DisplayName("fit returns new weights and changes none of its arguments; 0 iterations return the start")
    @Order(2)
    void fitLeavesItsArgumentsAlone() {
        Dataset data = Dataset.separable(50, 3, Seed.random());
        double[] x = data.x().clone();
        double[] y = data.y().clone();
        double[] start = {0.1, -0.2, 0.3};

        double[] w = LogisticRegression.fit(x, 50, 3, y, start, 5);
        double[] none = LogisticRegression.fit(x, 50, 3, y, start, 0);

        assertArrayEquals(data.x(), x, "fit should not change x.");
        assertArrayEquals(data.y(), y, "fit should not change y.");
        assertArrayEquals(new double[] {0.1, -0.2, 0.3}, start, "fit should not change the initial weights: "
                + "copy them (initialWeights.clone()) and update the copy. (numba's w -= … changes the caller's "
                + "array; this API promises not to.)");
        assertNotSame(start, w, "fit should return a new array.");
        assertArrayEquals(start, none, "0 iterations take no step: the weights are the initial ones.");
        assertNotSame(start, none, "Even after 0 iterations, fit should return a copy, not the initial weights.");
    }

    @Test
    @Points(2)
    @DisplayName("on a separable dataset, the fitted weights put every example on its label's side")
    @Order(3)
    void fitSeparatesSeparableData() {
        Random random = Seed.random();
        for (int round = 0; round < 3; round++) {
            int rows = 200 + random.nextInt(400);
            int cols = 2 + random.nextInt(5);
            Dataset data = Dataset.separable(rows, cols, random);

            double[] w = LogisticRegression.fit(data.x(), rows, cols, data.y(), new double[cols], 1_000);

            assertEquals(0, data.misclassified(w), "These " + rows + " examples with " + cols + " features are "
                    + "separated by a plane through 0, with a gap. After 1,000 steps from w = 0, sign(xᵢ·w) should "
                    + "equal yᵢ for every example, but " + data.misclassified(w) + " are on the wrong side; w = "
                    + Arrays.toString(w) + ". Check the sign of each term of (1 / (1 + exp(−y·(x·w))) − 1)·y, "
                    + "and that w −= gradient.");
        }
    }

    @Test
    @Points(2)
    @DisplayName("fitParallel gives fit's weights, for 1, 2, 3, 4 and 7 threads and more threads than rows")
    @Order(4)
    void fitParallelAgreesWithFit() {
        Random random = Seed.random();
        int rows = 1_001 + random.nextInt(2_000);
        int cols = 2 + random.nextInt(6);
        int iterations = 30;
        Dataset data = Dataset.separable(rows, cols, random);
        double[] start = new double[cols];
        double[] sequential = LogisticRegression.fit(data.x(), rows, cols, data.y(), start, iterations);
        double tolerance = data.parallelTolerance(iterations, sequential);

        for (int threads : new int[] {1, 2, 3, 4, 7}) {
            double[] parallel = LogisticRegression.fitParallel(data.x(), rows, cols, data.y(), start, iterations,
                    threads);
            assertArrayEquals(sequential, parallel, tolerance, "fitParallel with threads = " + threads + " on " + rows
                    + " rows should give fit's weights, up to rounding (" + String.format("%.1e", tolerance)
                    + ": the threads add the gradient in another order, see Dataset.parallelTolerance). Split the "
                    + "rows so that every row is in exactly one thread's share (" + rows + " is not a multiple of "
                    + threads + "), and add all the partial gradients before changing w (lecture: split, apply, "
                    + "combine).");
        }

        Dataset tiny = Dataset.separable(5, 2, random);
        double[] expected = LogisticRegression.fit(tiny.x(), 5, 2, tiny.y(), new double[2], 10);
        double[] parallel = LogisticRegression.fitParallel(tiny.x(), 5, 2, tiny.y(), new double[2], 10, 8);
        assertArrayEquals(expected, parallel, tiny.parallelTolerance(10, expected), "fitParallel with 8 threads "
                + "on 5 rows: some threads get no rows at all, and the weights are still fit's.");
    }

    @Test
    @Points(1)
    @DisplayName("fitParallel computes on the threads of a pool, not only on the calling thread")
    @Order(5)
    void fitParallelUsesOtherThreads() throws InterruptedException {
        Dataset data = Dataset.separable(300_000, 8, Seed.random());
        Thread caller = Thread.currentThread();
        Set<String> computing = ConcurrentHashMap.newKeySet();
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
                    if (entry.getKey() != caller && entry.getKey() != Thread.currentThread()
                            && runsExerciseCode(entry.getValue())) {
                        computing.add(entry.getKey().getName());
                    }
                }
                LockSupport.parkNanos(1_000_000);
            }
        }, "stack sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            LogisticRegression.fitParallel(data.x(), data.rows(), data.cols(), data.y(), new double[8], 40, 3);
        } finally {
            done.set(true);
            sampler.join();
        }

        assertFalse(computing.isEmpty(), "While fitParallel(…, threads = 3) ran, no thread other than the caller "
                + "was ever seen running its code: fitParallel should hand each thread's share of the rows to a "
                + "pool (Executors.newFixedThreadPool(threads)), not compute everything on the calling thread "
                + "(lecture: numba's parallel=True, split, apply, combine). Virtual threads are not seen by this "
                + "test, and do not help CPU-bound work anyway: use platform threads.");
    }

    /** Whether a stack holds a frame of the exercise's own classes (not of its tests). */
    private static boolean runsExerciseCode(StackTraceElement[] stack) {
        String exercise = LogisticRegression.class.getPackageName() + ".";
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            boolean testCode = name.contains("Test") || name.startsWith(exercise + "Dataset")
                    || name.startsWith(exercise + "Exact") || name.startsWith(exercise + "LogisticRegressionSpeedup");
            if (name.startsWith(exercise) && !testCode) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Points(1)
    @DisplayName("fitParallel changes none of its arguments and leaves no thread running")
    @Order(6)
    void fitParallelCleansUp() throws InterruptedException {
        Dataset data = Dataset.separable(2_000, 4, Seed.random());
        double[] x = data.x().clone();
        double[] start = {0.5, 0.5, 0.5, 0.5};
        Set<Thread> before = Thread.getAllStackTraces().keySet();

        LogisticRegression.fitParallel(x, 2_000, 4, data.y(), start, 20, 3);

        assertArrayEquals(data.x(), x, "fitParallel should not change x.");
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, start, "fitParallel should not change the initial "
                + "weights.");
        List<Thread> alive = List.of();
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < deadline) {
            alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon()).toList();
            if (alive.isEmpty()) {
                break;
            }
            Thread.sleep(20);
        }
        assertTrue(alive.isEmpty(), "2 s after fitParallel returned, threads it started are still running: "
                + alive.stream().map(Thread::getName).toList() + ". Shut the pool down when the iterations are "
                + "done (try-with-resources on the ExecutorService, or finally { pool.shutdown(); }); one pool "
                + "for all iterations is enough.");
    }

    @Test
    @Points(1)
    @DisplayName("arguments that do not fit together are refused")
    @Order(7)
    void refusesArgumentsThatDoNotFit() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {1, -1, 1};
        double[] w = {0, 0};
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, 2, 2, y, w, 1), "fit with "
                + "6 features for 2 × 2 should throw an IllegalArgumentException.");
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, 3, 2, new double[] {1, 1},
                w, 1), "fit with 2 labels for 3 rows should throw an IllegalArgumentException.");
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, 3, 2, y, new double[3], 1),
                "fit with 3 weights for 2 columns should throw an IllegalArgumentException.");
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, 3, 2, y, w, -1), "fit with "
                + "−1 iterations should throw an IllegalArgumentException.");
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fitParallel(x, 2, 3, y, w, 1, 2),
                "fitParallel with 3 labels for 2 rows should throw an IllegalArgumentException.");
        for (int threads : new int[] {0, -1}) {
            assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fitParallel(x, 3, 2, y, w, 1,
                    threads), "fitParallel with " + threads + " threads should throw an IllegalArgumentException.");
        }
    }
}
