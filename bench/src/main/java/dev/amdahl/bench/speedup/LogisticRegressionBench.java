package dev.amdahl.bench.speedup;

import dev.amdahl.exercises.vectorization.LogisticRegression;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The vectorization reference's logistic regression: the lecture's update on one thread, and with each
 * iteration's gradient split by rows over one thread per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LogisticRegressionBench {

    static final int COLS = 16;

    @Param("200000")
    public int rows;

    @Param("20")
    public int iterations;

    private double[] x;
    private double[] y;
    private double[] start;

    /** Separable data whose rows have a squared length of about 4, as in the exercise's tests: no overflow. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        double[] truth = random.doubles(COLS, -1, 1).toArray();
        double scale = 2 / Math.sqrt(COLS);
        x = new double[rows * COLS];
        y = new double[rows];
        for (int r = 0; r < rows; r++) {
            double dot = 0;
            for (int c = 0; c < COLS; c++) {
                x[r * COLS + c] = scale * (2 * random.nextDouble() - 1);
                dot += truth[c] * x[r * COLS + c];
            }
            y[r] = dot >= 0 ? 1 : -1;
        }
        start = new double[COLS];
    }

    /** The baseline: the fit on one thread. */
    @Benchmark
    public double[] sequential() {
        return LogisticRegression.fit(x, rows, COLS, y, start, iterations);
    }

    /** The contender: each gradient split by rows over one thread per core. */
    @Benchmark
    public double[] parallel() {
        return LogisticRegression.fitParallel(x, rows, COLS, y, start, iterations,
                Runtime.getRuntime().availableProcessors());
    }
}
