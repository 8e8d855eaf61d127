package dev.amdahl.grader.timing;

import dev.amdahl.grader.scoring.SpeedupMeasurement;

/** What the timing lane decides for one exercise. */
public sealed interface SpeedupVerdict {

    /**
     * Decided: {@code points} earned, explained by {@code measurement}.
     *
     * @param attempts how many times the trials were run
     */
    record Scored(double points, SpeedupMeasurement measurement, int attempts) implements SpeedupVerdict {
    }

    /**
     * The trials disagree too much to decide, even after the retries: a human must look. Never a silent zero.
     *
     * @param attempts    how many times the trials were run
     * @param measurement the last attempt's
     */
    record Inconclusive(int attempts, SpeedupMeasurement measurement) implements SpeedupVerdict {
    }

    /** A speedup cannot be measured here (one core): nothing is earned or lost, and the reason is given. */
    record NotApplicable(String reason) implements SpeedupVerdict {
    }

    /**
     * The trials ran, but they did not measure parallelism (see {@link Plausibility}): no points, and why.
     *
     * @param doubt       what gave it away
     * @param message     the cause in a student's words, with the numbers that show it
     * @param attempts    how many times the trials were run
     * @param measurement the last attempt's
     */
    record Refused(Doubt doubt, String message, int attempts, SpeedupMeasurement measurement)
            implements SpeedupVerdict {
    }

    /** Why a measurement is refused. */
    enum Doubt {
        /** Inputs timed again took a small fraction of a fresh input's time (the median): it keeps earlier work. */
        REMEMBERS_EARLIER_CALLS,
        /** Inputs timed again were much faster than fresh ones, but not by far: remembering, or noise. */
        FASTER_ON_REPEAT,
        /** On one thread it beat the sequential baseline on the same input by more than noise: other work. */
        FASTER_ON_ONE_THREAD,
        /** Its speedup per core is beyond 100 % (and beyond the reference's) by more than noise. */
        BEYOND_ITS_CORES,
        /** The reference itself did not get faster on the cores given: no speedup can be measured here now. */
        REFERENCE_WITHOUT_SPEEDUP
    }
}
