package dev.amdahl.exercises.vectorization;

import dev.amdahl.grading.SpeedupCase;
import java.util.Random;
import java.util.StringJoiner;

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
        return output != null && withinTolerance(problem, sequential(problem), output);
    }

    /** Every weight, exactly (Java prints the shortest text that reads back as the same double). */
    @Override
    public String fingerprint(double[] weights) {
        StringJoiner text = new StringJoiner(" ");
        for (double weight : weights) {
            text.add(Double.toString(weight));
        }
        return text.toString();
    }

    /** The submission's weights are within {@link Dataset#parallelTolerance} of the reference's. */
    @Override
    public boolean matches(Problem problem, String expected, String actual) {
        try {
            return withinTolerance(problem, weights(expected), weights(actual));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double[] weights(String fingerprint) {
        String[] parts = fingerprint.isBlank() ? new String[0] : fingerprint.strip().split(" ");
        double[] weights = new double[parts.length];
        for (int j = 0; j < parts.length; j++) {
            weights[j] = Double.parseDouble(parts[j]);
        }
        return weights;
    }

    private static boolean withinTolerance(Problem problem, double[] expected, double[] output) {
        if (output.length != expected.length) {
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
