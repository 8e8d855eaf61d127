package dev.amdahl.grader.timing;

/** What the timing lane decides for one exercise. */
public sealed interface SpeedupVerdict {

    /** Decided: {@code points} earned, explained by {@code measurement}. */
    record Scored(double points, SpeedupMeasurement measurement) implements SpeedupVerdict {
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
}
