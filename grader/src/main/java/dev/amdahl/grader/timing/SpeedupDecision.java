package dev.amdahl.grader.timing;

import dev.amdahl.grader.scoring.SpeedupMeasurement;
import dev.amdahl.grading.SpeedupMath;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Decides a speedup score from interleaved trials: measures again, a bounded number of times, while the trials
 * disagree too much, and hands the exercise to a human when they never agree. Then {@link #judge} refuses a
 * measurement that cannot be parallelism.
 */
public final class SpeedupDecision {

    /**
     * An input timed again may take this share of the time fresh inputs take at most (relative to the reference's
     * own share) before the version is taken to remember earlier calls: noise is a few per cent, remembering saves
     * most of it.
     */
    static final double REPEAT_SHARE_AT_LEAST = 0.5;

    /**
     * A zero for remembering needs the median repeat under this share of the fresh inputs' time, relative and
     * absolute: a remembered answer costs a lookup (the sample that keeps block counts: 13 %), an honest version's
     * repeat costs what a fresh input costs. The median, so that one repeat slowed by a busy machine does not
     * acquit a version that remembers; set against the median fresh time, so that one slowed fresh input does not
     * convict an honest one. Between this and {@link #REPEAT_SHARE_AT_LEAST} the measurement is refused, not failed.
     */
    static final double REPEAT_SHARE_PROVES_MEMORY = 0.25;

    private SpeedupDecision() {
    }

    /**
     * Scores the first attempt whose trials agree (spread) and in which the reference itself got faster on the
     * cores given ({@link TimingPolicy#referenceSpeedupAtLeast}); without that, the ratio to the reference's
     * speedup would score a sequential version as parallel.
     *
     * @param policy  the rubric's thresholds
     * @param threads the cores the trials ran on
     * @param trials  one attempt's trials per call: fresh input each time
     */
    public static SpeedupVerdict decide(TimingPolicy policy, int threads, Supplier<List<Trial>> trials) {
        if (threads < policy.minCores()) {
            return new SpeedupVerdict.NotApplicable("Speedup is not graded on " + threads + " core" + (threads == 1
                    ? "" : "s") + ": a parallel version needs at least " + policy.minCores() + " to run faster.");
        }
        SpeedupMeasurement measurement = null;
        for (int attempt = 1; attempt <= 1 + policy.retries(); attempt++) {
            measurement = Trial.summarise(trials.get(), threads);
            boolean referenceGained = measurement.referenceSpeedup() >= policy.referenceSpeedupAtLeast(threads);
            if (referenceGained && measurement.spread() <= policy.maxSpread()) {
                return new SpeedupVerdict.Scored(policy.pointsFor(measurement.ratio()), measurement, attempt);
            }
        }
        int attempts = 1 + policy.retries();
        if (measurement.referenceSpeedup() < policy.referenceSpeedupAtLeast(threads)) {
            return new SpeedupVerdict.Refused(SpeedupVerdict.Doubt.REFERENCE_WITHOUT_SPEEDUP, String.format(
                    Locale.ROOT, "The speedup could not be measured here: on these %d cores even the reference"
                            + " solution ran only %.2f times as fast as on one (%d attempts), and a speedup is graded"
                            + " against the reference's, which must reach %.2f to mean anything. The machine was busy,"
                            + " or gave fewer real cores than it said. Your instructor will time it again; this is not"
                            + " a zero.", threads, measurement.referenceSpeedup(), attempts,
                    policy.referenceSpeedupAtLeast(threads)), attempts, measurement);
        }
        return new SpeedupVerdict.Inconclusive(attempts, measurement);
    }

    /**
     * Refuses a scored or inconclusive {@code verdict} (or one refused because the reference showed no speedup)
     * whose trials cannot have measured parallelism, first cause first:
     * <ol>
     *   <li>on one thread the student's version beat the faster of the reference's sequential and parallel versions
     *       on the same input by more than the policy's noise ({@code maxSpread}; the median over the inputs);
     *   <li>its speedup beats both the number of cores and the reference's speedup by more than that noise;
     *   <li>inputs timed again took less than {@value #REPEAT_SHARE_AT_LEAST} of the time fresh inputs took,
     *       relative to the reference's repeat (the median over the repeats): the version remembers earlier calls.
     *       Last, because a version already too fast on fresh inputs times its repeats in microseconds, where noise
     *       alone could halve them.
     * </ol>
     * Anything else is returned as it came.
     */
    public static SpeedupVerdict judge(TimingPolicy policy, SpeedupVerdict verdict, Plausibility evidence) {
        int attempts;
        SpeedupMeasurement m;
        switch (verdict) {
            case SpeedupVerdict.Scored scored -> {
                attempts = scored.attempts();
                m = scored.measurement();
            }
            case SpeedupVerdict.Inconclusive inconclusive -> {
                attempts = inconclusive.attempts();
                m = inconclusive.measurement();
            }
            // The checks below do not lean on the reference's speedup: what they find says more than "busy".
            case SpeedupVerdict.Refused refused when refused.doubt() == SpeedupVerdict.Doubt.REFERENCE_WITHOUT_SPEEDUP
                    -> {
                attempts = refused.attempts();
                m = refused.measurement();
            }
            default -> {
                return verdict;
            }
        }
        double noise = 1 + policy.maxSpread();
        if (!evidence.oneThread().isEmpty()
                && median(evidence.oneThread(), Plausibility.OneThread::advantage) > noise) {
            return new SpeedupVerdict.Refused(SpeedupVerdict.Doubt.FASTER_ON_ONE_THREAD, String.format(Locale.ROOT,
                    "On one thread your parallel version took %s where the sequential baseline took %s on"
                            + " the same input: %s times as fast, far beyond noise. A speedup (Amdahl's law) shows"
                            + " what more cores gain on the same work, so a version that does other or less work on"
                            + " one core (another algorithm, answers prepared ahead, work left out) cannot be scored"
                            + " by it. Your instructor will look at the timings; this is not a zero. For the speedup"
                            + " points, do the work the sequential version does and share it among the threads.",
                    millis(median(evidence.oneThread(), t -> t.studentParallelNanos() / 1e6)),
                    millis(median(evidence.oneThread(), t -> t.referenceSequentialNanos() / 1e6)),
                    times(median(evidence.oneThread(), Plausibility.OneThread::advantage))), attempts, m);
        }
        if (m.studentSpeedup() > Math.max(m.threads(), m.referenceSpeedup()) * noise) {
            return new SpeedupVerdict.Refused(SpeedupVerdict.Doubt.BEYOND_ITS_CORES, String.format(Locale.ROOT,
                    "On %d cores your version ran %s times as fast as the sequential baseline: an efficiency of"
                            + " %.0f %%, more than %d cores give by sharing the work (the reference's speedup: %.2f)."
                            + " Shared among N cores, work gets at most about N times as fast (Amdahl's law), so"
                            + " something else made it fast: less work than the sequential version, or work kept"
                            + " from earlier calls. Your instructor will look at the timings; this is not a zero. For"
                            + " the speedup points, do the work the sequential version does and share it among the"
                            + " threads.",
                    m.threads(), times(m.studentSpeedup()), 100 * m.efficiency(), m.threads(), m.referenceSpeedup()),
                    attempts, m);
        }
        boolean remembered = !evidence.repeats().isEmpty()
                && median(evidence.repeats(), Plausibility.Repeat::relativeShare) < REPEAT_SHARE_PROVES_MEMORY
                && median(evidence.repeats(), Plausibility.Repeat::studentShare) < REPEAT_SHARE_PROVES_MEMORY;
        if (!remembered && !evidence.repeats().isEmpty()
                && median(evidence.repeats(), Plausibility.Repeat::relativeShare) < REPEAT_SHARE_AT_LEAST) {
            return new SpeedupVerdict.Refused(SpeedupVerdict.Doubt.FASTER_ON_REPEAT, String.format(Locale.ROOT,
                    "Given inputs it had already seen, your parallel version took %.0f %% of the time fresh inputs"
                            + " took (the reference: %.0f %%). That can be a busy machine, or answers kept from"
                            + " earlier calls, which a speedup (Amdahl's law) must not count; the timings cannot tell"
                            + " which. Your instructor will look at them; this is not a zero. Keep nothing (no static"
                            + " map or cache) from one call to the next.",
                    100 * median(evidence.repeats(), Plausibility.Repeat::studentShare),
                    100 * median(evidence.repeats(), Plausibility.Repeat::referenceShare)), attempts, m);
        }
        if (remembered) {
            return new SpeedupVerdict.Refused(SpeedupVerdict.Doubt.REMEMBERS_EARLIER_CALLS, String.format(Locale.ROOT,
                    "Your parallel version remembers earlier calls: given an input it had already seen, it took"
                            + " %.0f %% of the time fresh inputs took (the reference: %.0f %%). A speedup (Amdahl's"
                            + " law) compares the same work on one core and on %d, so time saved by remembering"
                            + " measures memory, not parallelism, and earns no speedup points. Compute each answer"
                            + " from its own input, shared among your threads, and keep nothing (no static map or"
                            + " cache) from one call to the next.",
                    100 * median(evidence.repeats(), Plausibility.Repeat::studentShare),
                    100 * median(evidence.repeats(), Plausibility.Repeat::referenceShare), m.threads()), attempts, m);
        }
        return verdict;
    }

    /** "2.9", "2366". */
    private static String times(double factor) {
        return String.format(Locale.ROOT, factor >= 10 ? "%.0f" : "%.1f", factor);
    }

    /** "90 ms", "4.2 ms", "0.051 ms". */
    private static String millis(double millis) {
        return String.format(Locale.ROOT, millis >= 10 ? "%.0f ms" : millis >= 1 ? "%.1f ms" : "%.3f ms", millis);
    }

    private static <T> double median(List<T> items, ToDoubleFunction<T> value) {
        return SpeedupMath.quantile(items.stream().mapToDouble(value).toArray(), 0.5);
    }
}
