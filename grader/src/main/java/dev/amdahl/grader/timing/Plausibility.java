package dev.amdahl.grader.timing;

import java.util.List;

/**
 * What the lane measures right after the trials, to tell whether they measured parallelism and not memory or
 * other work: inputs of the trials timed again, and fresh inputs on one thread.
 *
 * @param repeats   inputs of the last attempt's trials, timed again
 * @param oneThread fresh inputs, each timed on one thread by every version
 */
public record Plausibility(List<Repeat> repeats, List<OneThread> oneThread) {

    /** Nothing measured: nothing to doubt. */
    public static final Plausibility NONE = new Plausibility(List.of(), List.of());

    public Plausibility {
        repeats = List.copyOf(repeats);
        oneThread = List.copyOf(oneThread);
    }

    /**
     * An input of the trials timed again: the student's parallel version and, as a yardstick for the machine, the
     * reference's, both on all the cores. Each again-time is set against its side's median time on the trials'
     * fresh inputs (same size, different numbers, the same work), not against the one trial it repeats: load only
     * ever slows a run down, so a single slowed first time must not make an honest repeat look remembered.
     *
     * @param studentFreshNanos   the student's median time on the trials' fresh inputs
     * @param studentAgainNanos   the student's time on this input, timed again
     * @param referenceFreshNanos the reference's median time on the trials' fresh inputs
     * @param referenceAgainNanos the reference's time on this input, timed again
     */
    public record Repeat(long studentFreshNanos, long studentAgainNanos, long referenceFreshNanos,
            long referenceAgainNanos) {

        public Repeat {
            if (studentFreshNanos <= 0 || studentAgainNanos <= 0 || referenceFreshNanos <= 0
                    || referenceAgainNanos <= 0) {
                throw new IllegalArgumentException("a timing is more than 0 ns");
            }
        }

        /** The student's time on a seen input as a share of its time on fresh ones: about 1 when nothing is kept. */
        public double studentShare() {
            return (double) studentAgainNanos / studentFreshNanos;
        }

        /** The reference's share: how much the machine itself changed. */
        public double referenceShare() {
            return (double) referenceAgainNanos / referenceFreshNanos;
        }

        /** The student's share over the reference's, so that a machine that got quieter does not count. */
        public double relativeShare() {
            return studentShare() / referenceShare();
        }
    }

    /**
     * A fresh input on one thread: the reference's sequential version, the reference's parallel version and the
     * student's parallel version.
     */
    public record OneThread(long referenceSequentialNanos, long referenceParallelNanos, long studentParallelNanos) {

        public OneThread {
            if (referenceSequentialNanos <= 0 || referenceParallelNanos <= 0 || studentParallelNanos <= 0) {
                throw new IllegalArgumentException("a timing is more than 0 ns");
            }
        }

        /**
         * How many times as fast as the faster of the reference's two versions the student's ran: about 1, or less,
         * when it does the same work.
         */
        public double advantage() {
            return (double) Math.min(referenceSequentialNanos, referenceParallelNanos) / studentParallelNanos;
        }
    }
}
