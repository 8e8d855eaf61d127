package dev.amdahl.grader.timing;

import dev.amdahl.grader.scoring.ScalingPoint;
import dev.amdahl.grader.scoring.SpeedupMeasurement;
import dev.amdahl.grading.SpeedupMath;
import dev.amdahl.runner.protocol.RunnerEvent;
import dev.amdahl.runner.protocol.TimingCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Times the submission's parallel version against the reference, both on {@code cores} threads, and decides: a
 * warm-up, then trials in which the reference's sequential and parallel versions and the submission's parallel
 * version each run once on the same fresh input, in an order that rotates from trial to trial so that a machine
 * slowly getting busier does not favour one side; while one side runs, the other is frozen. Every answer of the
 * submission is checked by the reference's JVM. Then what tells whether the trials measured parallelism
 * ({@link Plausibility}): a few of the last trials' inputs timed again, and a few fresh inputs on one thread; and,
 * for a scored case, the submission's speedup on 1, 2, … threads.
 */
public final class SpeedupTrials {

    /** Inputs of the trials timed again. */
    static final int REPEATS = 3;

    /** What was found: the verdict, and the speedup curve (empty unless scored). */
    public record Outcome(SpeedupVerdict verdict, List<ScalingPoint> scaling) {
        public Outcome {
            scaling = List.copyOf(scaling);
        }
    }

    /** A trial with its input's seed and the reference's answer, so that the input can be timed again. */
    private record Run(long seed, Trial trial, String referenceAnswer) {
    }

    private final TimedSide reference;
    private final TimedSide student;
    private final TimingPlan plan;
    private final LongSupplier seeds;
    private TimedSide awake;
    private List<Run> lastAttempt = List.of();

    /**
     * @param seeds fresh seeds, one per input: a submission cannot know them beforehand, and no two inputs of a
     *              session share work ({@link FreshSeeds}), so remembering answers across calls gains nothing
     */
    public SpeedupTrials(TimedSide reference, TimedSide student, TimingPlan plan, LongSupplier seeds) {
        this.reference = reference;
        this.student = student;
        this.plan = plan;
        this.seeds = new FreshSeeds(seeds);
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
                List<Run> attempt = new ArrayList<>();
                try {
                    for (int t = 0; t < plan.trials(); t++) {
                        attempt.add(trial(cores, t));
                    }
                } catch (TimingException | InterruptedException e) {
                    throw new Stopped(e);
                }
                lastAttempt = attempt;
                return attempt.stream().map(Run::trial).toList();
            });
        } catch (Stopped stopped) {
            if (stopped.getCause() instanceof TimingException e) {
                throw e;
            }
            throw (InterruptedException) stopped.getCause();
        }
        Plausibility evidence = verdict instanceof SpeedupVerdict.NotApplicable ? Plausibility.NONE
                : new Plausibility(repeats(cores), oneThread());
        SpeedupVerdict judged = SpeedupDecision.judge(policy, verdict, evidence);
        if (!(judged instanceof SpeedupVerdict.Scored scored)) {
            return new Outcome(judged, List.of());
        }
        return new Outcome(judged, scaling(cores, scored.measurement(), evidence));
    }

    /** One interleaved trial on a fresh input: returns the three times, once the submission's answer is checked. */
    private Run trial(int cores, int index) throws TimingException, InterruptedException {
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
        check(seed, answers[0], answers[2], "");
        return new Run(seed, new Trial(nanos[0], nanos[1], nanos[2]), answers[0]);
    }

    /**
     * {@value #REPEATS} inputs of the last attempt (its first, middle and last trial), timed again on the
     * submission's parallel version, then on the reference's, and the submission's answers checked again; each side's
     * time set against its median over the attempt's fresh inputs. Each side runs its repeats in a row, so that the
     * sides are frozen and thawed only twice.
     */
    private List<Plausibility.Repeat> repeats(int cores) throws TimingException, InterruptedException {
        int n = lastAttempt.size();
        List<Run> runs = List.of(lastAttempt.get(0), lastAttempt.get(n / 2), lastAttempt.get(n - 1));
        long studentFresh = medianNanos(lastAttempt, Trial::studentParallelNanos);
        long referenceFresh = medianNanos(lastAttempt, Trial::referenceParallelNanos);
        List<RunnerEvent.Timed> again = new ArrayList<>();
        for (Run run : runs) {
            again.add(wake(student).run(TimingCommand.PARALLEL, plan.size(), run.seed(), cores));
        }
        List<Plausibility.Repeat> repeats = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            RunnerEvent.Timed referenceAgain = wake(reference).run(TimingCommand.PARALLEL, plan.size(), run.seed(),
                    cores);
            check(run.seed(), run.referenceAnswer(), again.get(i).fingerprint(), " when it was timed again");
            repeats.add(new Plausibility.Repeat(studentFresh, Math.max(1, again.get(i).nanos()), referenceFresh,
                    Math.max(1, referenceAgain.nanos())));
        }
        return repeats;
    }

    private static long medianNanos(List<Run> runs, ToLongFunction<Trial> side) {
        double[] nanos = runs.stream().mapToDouble(run -> side.applyAsLong(run.trial())).toArray();
        return Math.max(1, Math.round(SpeedupMath.quantile(nanos, 0.5)));
    }

    /**
     * Fresh inputs, {@code scalingTrials} of them, each run on one thread by the reference's sequential and parallel
     * versions, then by the submission's, whose answers are checked last: each side in a row, so that the sides are
     * frozen and thawed only twice.
     */
    private List<Plausibility.OneThread> oneThread() throws TimingException, InterruptedException {
        int count = plan.scalingTrials();
        long[] seedsUsed = new long[count];
        RunnerEvent.Timed[] sequential = new RunnerEvent.Timed[count];
        RunnerEvent.Timed[] parallel = new RunnerEvent.Timed[count];
        RunnerEvent.Timed[] students = new RunnerEvent.Timed[count];
        for (int r = 0; r < count; r++) {
            seedsUsed[r] = seeds.getAsLong();
            boolean sequentialFirst = r % 2 == 0;
            if (sequentialFirst) {
                sequential[r] = wake(reference).run(TimingCommand.SEQUENTIAL, plan.size(), seedsUsed[r], 1);
            }
            parallel[r] = wake(reference).run(TimingCommand.PARALLEL, plan.size(), seedsUsed[r], 1);
            if (!sequentialFirst) {
                sequential[r] = wake(reference).run(TimingCommand.SEQUENTIAL, plan.size(), seedsUsed[r], 1);
            }
        }
        for (int r = 0; r < count; r++) {
            students[r] = wake(student).run(TimingCommand.PARALLEL, plan.size(), seedsUsed[r], 1);
        }
        List<Plausibility.OneThread> runs = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            check(seedsUsed[r], sequential[r].fingerprint(), students[r].fingerprint(), " on one thread");
            runs.add(new Plausibility.OneThread(Math.max(1, sequential[r].nanos()), Math.max(1, parallel[r].nanos()),
                    Math.max(1, students[r].nanos())));
        }
        return runs;
    }

    private void check(long seed, String expected, String actual, String when)
            throws TimingException, InterruptedException {
        if (!wake(reference).check(plan.size(), seed, expected, actual)) {
            throw new TimingException(TimingException.Cause.WRONG_ANSWER, "Your parallel version gave a wrong answer"
                    + " on a timed input" + when + " (size " + plan.size() + ", seed " + seed + "), though your tests"
                    + " passed: a speedup counts only for right answers. A race that shows only on large inputs, or"
                    + " on many threads, is the usual cause.");
        }
    }

    /**
     * The submission's parallel version on 1, 2, … threads (powers of two past 8), each the median of a few runs; on
     * one thread, the runs of {@code evidence}; on all the cores, the trials' median. Only the one-thread runs are
     * checked: the rest is not scored.
     */
    private List<ScalingPoint> scaling(int cores, SpeedupMeasurement measurement, Plausibility evidence)
            throws TimingException, InterruptedException {
        List<ScalingPoint> points = new ArrayList<>();
        double baseline = measurement.referenceSequentialMillis();
        for (int threads : threadCounts(cores)) {
            if (threads == cores) { // the trials' own figures, so the curve ends where the score was decided
                points.add(new ScalingPoint(threads, measurement.studentParallelMillis(),
                        measurement.studentSpeedup()));
                continue;
            }
            double[] millis;
            if (threads == 1 && !evidence.oneThread().isEmpty()) {
                millis = evidence.oneThread().stream().mapToDouble(t -> t.studentParallelNanos() / 1e6).toArray();
            } else {
                millis = new double[plan.scalingTrials()];
                for (int r = 0; r < millis.length; r++) {
                    millis[r] = wake(student).run(TimingCommand.PARALLEL, plan.size(), seeds.getAsLong(), threads)
                            .nanos() / 1e6;
                }
            }
            double median = SpeedupMath.quantile(millis, 0.5);
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
    private TimedSide wake(TimedSide side) throws TimingException, InterruptedException {
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
