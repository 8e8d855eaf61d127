package dev.amdahl.grading;

import java.util.Arrays;

/**
 * What a set of interleaved trials says: the median, fastest and slowest time of each side, the speedup, the
 * efficiency and the serial fraction from Amdahl's law. Pure arithmetic on given times, so it is tested on
 * numbers rather than by timing anything.
 */
final class SpeedupStatistics {

    private final int threads;
    private final double[] sequentialMillis;
    private final double[] parallelMillis;
    private final double[] speedups;

    private SpeedupStatistics(int threads, double[] sequentialMillis, double[] parallelMillis) {
        this.threads = threads;
        this.sequentialMillis = sequentialMillis;
        this.parallelMillis = parallelMillis;
        this.speedups = new double[sequentialMillis.length];
        for (int i = 0; i < speedups.length; i++) {
            speedups[i] = sequentialMillis[i] / parallelMillis[i];
        }
    }

    /**
     * The statistics of trials whose sequential and parallel runs took {@code sequentialNanos[i]} and
     * {@code parallelNanos[i]} on the same input.
     *
     * @param sequentialNanos each trial's sequential time, in nanoseconds
     * @param parallelNanos   each trial's parallel time, in nanoseconds
     * @param threads         how many threads the parallel version was given
     * @return the statistics
     */
    static SpeedupStatistics of(long[] sequentialNanos, long[] parallelNanos, int threads) {
        if (sequentialNanos.length == 0 || sequentialNanos.length != parallelNanos.length) {
            throw new IllegalArgumentException("need as many sequential as parallel times, at least one of each, not "
                    + sequentialNanos.length + " and " + parallelNanos.length);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("need at least one thread, not " + threads);
        }
        return new SpeedupStatistics(threads, millis(sequentialNanos), millis(parallelNanos));
    }

    private static double[] millis(long[] nanos) {
        double[] millis = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            if (nanos[i] <= 0) {
                throw new IllegalArgumentException("a time must be positive, not " + nanos[i] + " ns");
            }
            millis[i] = nanos[i] / 1e6;
        }
        return millis;
    }

    int trials() {
        return speedups.length;
    }

    int threads() {
        return threads;
    }

    double sequentialMedianMillis() {
        return quantile(sequentialMillis, 0.5);
    }

    double sequentialMinMillis() {
        return Arrays.stream(sequentialMillis).min().orElseThrow();
    }

    double sequentialMaxMillis() {
        return Arrays.stream(sequentialMillis).max().orElseThrow();
    }

    double parallelMedianMillis() {
        return quantile(parallelMillis, 0.5);
    }

    double parallelMinMillis() {
        return Arrays.stream(parallelMillis).min().orElseThrow();
    }

    double parallelMaxMillis() {
        return Arrays.stream(parallelMillis).max().orElseThrow();
    }

    /**
     * The median of the trials' speedups (sequential time over parallel time, each trial on its own input), as the
     * grader counts it: a trial slowed down by something else on the machine moves it less than it moves a mean.
     */
    double speedup() {
        return quantile(speedups, 0.5);
    }

    double speedupMin() {
        return Arrays.stream(speedups).min().orElseThrow();
    }

    double speedupMax() {
        return Arrays.stream(speedups).max().orElseThrow();
    }

    /** Speedup per thread: 1 when every thread does useful work all the time. */
    double efficiency() {
        return speedup() / threads;
    }

    /** Amdahl's law solved for the serial fraction ({@link SpeedupMath#serialFraction}); NaN with one thread. */
    double serialFraction() {
        return SpeedupMath.serialFraction(speedup(), threads);
    }

    /** How much the trials disagree: the interquartile range of their speedups over the median; 0 if they agree. */
    double spread() {
        return (quantile(speedups, 0.75) - quantile(speedups, 0.25)) / speedup();
    }

    static double quantile(double[] values, double q) {
        return SpeedupMath.quantile(values, q);
    }
}
