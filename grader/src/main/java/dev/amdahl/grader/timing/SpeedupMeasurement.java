package dev.amdahl.grader.timing;

import dev.amdahl.grading.SpeedupMath;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a set of trials says: medians, the speedups, and how far the trials agree.
 *
 * @param trials  how many trials
 * @param threads how many threads the parallel versions were given (the cores the run had)
 * @param referenceSequentialMillis median baseline time
 * @param referenceParallelMillis   median time of the reference's parallel version
 * @param studentParallelMillis     median time of the student's parallel version
 * @param studentSpeedup   median of the trials' student speedups
 * @param referenceSpeedup median of the trials' reference speedups
 * @param ratio            median of the trials' ratios (student speedup over reference speedup)
 * @param spread           interquartile range of the trials' ratios over their median: 0 when they all agree
 */
public record SpeedupMeasurement(int trials, int threads, double referenceSequentialMillis,
        double referenceParallelMillis, double studentParallelMillis, double studentSpeedup, double referenceSpeedup,
        double ratio, double spread) {

    /** Summarises {@code trials}, run with {@code threads} threads. */
    public static SpeedupMeasurement of(List<Trial> trials, int threads) {
        if (trials.isEmpty()) {
            throw new IllegalArgumentException("no trials to summarise");
        }
        double[] ratios = trials.stream().mapToDouble(Trial::ratio).toArray();
        double ratio = quantile(ratios, 0.5);
        return new SpeedupMeasurement(trials.size(), threads,
                millis(trials.stream().mapToLong(Trial::referenceSequentialNanos).toArray()),
                millis(trials.stream().mapToLong(Trial::referenceParallelNanos).toArray()),
                millis(trials.stream().mapToLong(Trial::studentParallelNanos).toArray()),
                quantile(trials.stream().mapToDouble(Trial::studentSpeedup).toArray(), 0.5),
                quantile(trials.stream().mapToDouble(Trial::referenceSpeedup).toArray(), 0.5),
                ratio, (quantile(ratios, 0.75) - quantile(ratios, 0.25)) / ratio);
    }

    /** Speedup per thread: 1 means every thread was busy with useful work all the time. */
    public double efficiency() {
        return studentSpeedup / threads;
    }

    /**
     * Amdahl's law solved for the serial fraction: with a fraction {@code f} that runs on one core, {@code p}
     * threads give a speedup of {@code 1 / (f + (1 - f) / p)}, so {@code f = (p / S - 1) / (p - 1)}.
     */
    public double serialFraction() {
        return threads < 2 ? 1 : SpeedupMath.serialFraction(studentSpeedup, threads);
    }

    /** The measurement in a student's words. */
    public String explain() {
        String times = String.format(Locale.ROOT, "On %d cores your parallel version took %.0f ms, the sequential"
                        + " baseline %.0f ms: a speedup of %.2f (the reference's: %.2f), %.0f %% of the reference's.",
                threads, studentParallelMillis, referenceSequentialMillis, studentSpeedup, referenceSpeedup,
                100 * ratio);
        String why = studentSpeedup > threads * 1.02
                ? String.format(Locale.ROOT, " Efficiency %.0f %%, more than one core's worth per core: each thread's"
                        + " share of the work is smaller and fits the caches better than the whole does on one"
                        + " core.", 100 * efficiency())
                : studentSpeedup < 0.95
                ? " It is slower than running on one core: its threads spend their time waiting for each other (a"
                        + " lock or a shared variable in the hot loop) or handing out work, more than they gain."
                : String.format(Locale.ROOT, " Efficiency %.0f %%: about %.0f %% of your program still runs on one"
                        + " core (Amdahl's law).", 100 * efficiency(), 100 * serialFraction());
        return times + why + String.format(Locale.ROOT, " %d trials, spread %.0f %%.", trials, 100 * spread);
    }

    private static double millis(long[] nanos) {
        return quantile(Arrays.stream(nanos).asDoubleStream().toArray(), 0.5) / 1e6;
    }

    /** Linear interpolation between the closest ranks, as spreadsheets do. */
    static double quantile(double[] values, double q) {
        return SpeedupMath.quantile(values, q);
    }
}
