package dev.amdahl.exercises.vectorization;

import dev.amdahl.grading.SpeedupCase;
import java.util.Random;

/**
 * How the grader's timing lane times this exercise: the lecture's logistic regression, by the given
 * sequential {@link LogisticRegression#fit} against the student's {@link LogisticRegression#fitParallel}.
 */
public final class LogisticRegressionSpeedup
        implements SpeedupCase<LogisticRegressionSpeedup.Problem, double[]> {

    /** Features per example. */
    static final int COLS = 16;

    /** Steps per fit. */
    static final int ITERATIONS = 100;

    /**
     * One trial's input.
     *
     * @param data           the examples and labels
     * @param initialWeights where the fit starts
     * @param iterations     how many steps
     */
    public record Problem(Dataset data, double[] initialWeights, int iterations) {
    }

    @Override
    public String name() {
        return "logistic regression: LogisticRegression.fitParallel against fit on one thread";
    }

    /** {@code size} examples of {@value #COLS} features, separable, and a random start; the same per seed. */
    @Override
    public Problem input(int size, long seed) {
        Random random = new Random(seed);
        Dataset data = Dataset.separable(size, COLS, random);
        double[] start = new double[COLS];
        for (int j = 0; j < COLS; j++) {
            start[j] = random.nextGaussian();
        }
        return new Problem(data, start, ITERATIONS);
    }

    /** About a second for fit on one core: 350,000 rows of 16 features (45 MB), 100 iterations. */
    @Override
    public int defaultSize() {
        return 350_000;
    }

    @Override
    public double[] sequential(Problem problem) {
        Dataset data = problem.data();
        return LogisticRegression.fit(data.x(), data.rows(), data.cols(), data.y(), problem.initialWeights(),
                problem.iterations());
    }

    @Override
    public double[] parallel(Problem problem, int threads) {
        Dataset data = problem.data();
        return LogisticRegression.fitParallel(data.x(), data.rows(), data.cols(), data.y(),
                problem.initialWeights(), problem.iterations(), threads);
    }

    /** The weights of {@link #sequential}, within {@link Dataset#parallelTolerance}. */
    @Override
    public boolean check(Problem problem, double[] output) {
        double[] expected = sequential(problem);
        if (output == null || output.length != expected.length) {
            return false;
        }
        double tolerance = problem.data().parallelTolerance(problem.iterations(), expected);
        for (int j = 0; j < expected.length; j++) {
            if (!(Math.abs(output[j] - expected[j]) <= tolerance)) {
                return false;
            }
        }
        return true;
    }
}
