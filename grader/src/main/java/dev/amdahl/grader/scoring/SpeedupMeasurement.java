package dev.amdahl.grader.scoring;

import dev.amdahl.grading.SpeedupMath;
import java.util.Locale;

/**
 * What a set of timing trials says (summarised by the timing lane's {@code Trial.summarise}): medians, the
 * speedups, and how far the trials agree.
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
}
