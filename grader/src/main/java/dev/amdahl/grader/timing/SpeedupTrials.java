package dev.amdahl.grader.timing;

import dev.amdahl.runner.protocol.RunnerEvent;
import dev.amdahl.runner.protocol.TimingCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Times the submission's parallel version against the reference, both on {@code cores} threads, and decides: a
 * warm-up, then trials in which the reference's sequential and parallel versions and the submission's parallel
 * version each run once on the same fresh input, in an order that rotates from trial to trial so that a machine
 * slowly getting busier does not favour one side; while one side runs, the other is frozen. Every answer of the
 * submission is checked by the reference's JVM. Then the submission's speedup on 1, 2, … threads.
 */
public final class SpeedupTrials {

    /** What was found: the verdict, and the speedup curve (empty unless scored). */
    public record Outcome(SpeedupVerdict verdict, List<ScalingPoint> scaling) {
        public Outcome {
            scaling = List.copyOf(scaling);
        }
    }

    private final TimedSide reference;
    private final TimedSide student;
    private final TimingPlan plan;
    private final LongSupplier seeds;
    private TimedSide awake;

    /**
     * @param seeds fresh seeds, one per input: a submission cannot know them beforehand, so caching answers across
     *              calls gains nothing
     */
    public SpeedupTrials(TimedSide reference, TimedSide student, TimingPlan plan, LongSupplier seeds) {
        this.reference = reference;
        this.student = student;
        this.plan = plan;
        this.seeds = seeds;
    }

    /** Both sides start awake; this freezes the submission first. */
    public Outcome measure(TimingPolicy policy, int cores) throws TimingException, InterruptedException {
        if (cores < policy.minCores()) {
            return new Outcome(SpeedupDecision.decide(policy, cores, List::of), List.of());
        }
        student.pause();
        awake = reference;
        for (int w = 0; w < plan.warmups(); w++) {
            trial(cores, w);
        }
        SpeedupVerdict verdict;
        try {
            verdict = SpeedupDecision.decide(policy, cores, () -> {
                List<Trial> attempt = new ArrayList<>();
                try {
                    for (int t = 0; t < plan.trials(); t++) {
                        attempt.add(trial(cores, t));
                    }
                } catch (TimingException | InterruptedException e) {
                    throw new Stopped(e);
                }
                return attempt;
            });
        } catch (Stopped stopped) {
            if (stopped.getCause() instanceof TimingException e) {
                throw e;
            }
            throw (InterruptedException) stopped.getCause();
        }
        if (!(verdict instanceof SpeedupVerdict.Scored scored)) {
            return new Outcome(verdict, List.of());
        }
        return new Outcome(verdict, scaling(cores, scored.measurement()));
    }

    /** One interleaved trial on a fresh input: returns the three times, once the submission's answer is checked. */
    private Trial trial(int cores, int index) throws TimingException, InterruptedException {
        long seed = seeds.getAsLong();
        long[] nanos = new long[3];
        String[] answers = new String[3];
        for (int k = 0; k < 3; k++) {
            int which = Math.floorMod(k + index, 3);
            TimedSide side = which == 2 ? student : reference;
            String entry = which == 0 ? TimingCommand.SEQUENTIAL : TimingCommand.PARALLEL;
            RunnerEvent.Timed timed = wake(side).run(entry, plan.size(), seed, which == 0 ? 1 : cores);
            nanos[which] = Math.max(1, timed.nanos());
            answers[which] = timed.fingerprint();
        }
        if (!wake(reference).check(plan.size(), seed, answers[0], answers[2])) {
            throw new TimingException(TimingException.Cause.WRONG_ANSWER, "Your parallel version gave a wrong answer"
                    + " on a timed input (size " + plan.size() + ", seed " + seed + "), though your tests passed: a"
                    + " speedup counts only for right answers. A race that shows only on large inputs, or on many"
                    + " threads, is the usual cause.");
        }
        return new Trial(nanos[0], nanos[1], nanos[2]);
    }

    /**
     * The submission's parallel version on 1, 2, … threads (powers of two past 8), each the median of a few runs; on
     * all the cores, the trials' median. Not scored, so not checked again.
     */
    private List<ScalingPoint> scaling(int cores, SpeedupMeasurement measurement)
            throws TimingException, InterruptedException {
        List<ScalingPoint> points = new ArrayList<>();
        double baseline = measurement.referenceSequentialMillis();
        for (int threads : threadCounts(cores)) {
            if (threads == cores) { // the trials' own figures, so the curve ends where the score was decided
                points.add(new ScalingPoint(threads, measurement.studentParallelMillis(),
                        measurement.studentSpeedup()));
                continue;
            }
            double[] millis = new double[plan.scalingTrials()];
            for (int r = 0; r < millis.length; r++) {
                millis[r] = wake(student).run(TimingCommand.PARALLEL, plan.size(), seeds.getAsLong(), threads)
                        .nanos() / 1e6;
            }
            double median = SpeedupMeasurement.quantile(millis, 0.5);
            points.add(new ScalingPoint(threads, median, baseline / median));
        }
        return points;
    }

    static List<Integer> threadCounts(int cores) {
        List<Integer> counts = new ArrayList<>();
        for (int t = 1; t <= cores; t = t < 8 ? t + 1 : t * 2) {
            counts.add(t);
        }
        if (counts.get(counts.size() - 1) != cores) {
            counts.add(cores);
        }
        return counts;
    }

    /** Freezes the side that is awake, if it is the other one, and thaws {@code side}. */
    private TimedSide wake(TimedSide side) throws TimingException {
        if (awake != side) {
            awake.pause();
            side.resume();
            awake = side;
        }
        return side;
    }

    /** Carries a failure out of the supplier that {@link SpeedupDecision} calls. */
    private static final class Stopped extends RuntimeException {
        Stopped(Exception cause) {
            super(cause);
        }
    }
}
