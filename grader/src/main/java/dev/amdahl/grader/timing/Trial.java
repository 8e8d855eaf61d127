package dev.amdahl.grader.timing;

import dev.amdahl.grader.scoring.SpeedupMeasurement;
import dev.amdahl.grading.SpeedupMath;
import java.util.Arrays;
import java.util.List;

/**
 * One interleaved timing trial on fresh input: the reference's sequential baseline, the reference's parallel
 * version, and the student's parallel version, each run once, in separate JVMs that share nothing.
 *
 * @param referenceSequentialNanos the baseline every speedup is measured against
 * @param referenceParallelNanos   the reference's parallel entry point
 * @param studentParallelNanos     the student's parallel entry point
 */
public record Trial(long referenceSequentialNanos, long referenceParallelNanos, long studentParallelNanos) {

    public Trial {
        if (referenceSequentialNanos <= 0 || referenceParallelNanos <= 0 || studentParallelNanos <= 0) {
            throw new IllegalArgumentException("a timing is more than 0 ns");
        }
    }

    /** How much faster the student's version ran than the baseline. */
    public double studentSpeedup() {
        return (double) referenceSequentialNanos / studentParallelNanos;
    }

    /** How much faster the reference's parallel version ran than the baseline. */
    public double referenceSpeedup() {
        return (double) referenceSequentialNanos / referenceParallelNanos;
    }

    /** The student's speedup as a share of the reference's: 1 is as good as the reference. */
    public double ratio() {
        return studentSpeedup() / referenceSpeedup();
    }

    /** Summarises {@code trials}, run with {@code threads} threads. */
    public static SpeedupMeasurement summarise(List<Trial> trials, int threads) {
        if (trials.isEmpty()) {
            throw new IllegalArgumentException("no trials to summarise");
        }
        double[] ratios = trials.stream().mapToDouble(Trial::ratio).toArray();
        double ratio = SpeedupMath.quantile(ratios, 0.5);
        return new SpeedupMeasurement(trials.size(), threads,
                millis(trials.stream().mapToLong(Trial::referenceSequentialNanos).toArray()),
                millis(trials.stream().mapToLong(Trial::referenceParallelNanos).toArray()),
                millis(trials.stream().mapToLong(Trial::studentParallelNanos).toArray()),
                SpeedupMath.quantile(trials.stream().mapToDouble(Trial::studentSpeedup).toArray(), 0.5),
                SpeedupMath.quantile(trials.stream().mapToDouble(Trial::referenceSpeedup).toArray(), 0.5),
                ratio, (SpeedupMath.quantile(ratios, 0.75) - SpeedupMath.quantile(ratios, 0.25)) / ratio);
    }

    private static double millis(long[] nanos) {
        return SpeedupMath.quantile(Arrays.stream(nanos).asDoubleStream().toArray(), 0.5) / 1e6;
    }
}
