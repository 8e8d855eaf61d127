package dev.amdahl.grading;

import java.util.Objects;

/**
 * A test's verdict.
 *
 * @param test           what was planned
 * @param outcome        how it ended
 * @param message        why it did not pass, in the test's words; empty when it passed
 * @param durationMillis how long it ran
 */
public record GradedResult(PlannedTest test, Outcome outcome, String message, long durationMillis) {

    public GradedResult {
        Objects.requireNonNull(test, "test must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        message = message == null ? "" : message;
    }

    /** The test's points, extra credit too, if it passed; else 0. */
    public double pointsEarned() {
        return outcome.earnsPoints() ? test.points() : 0;
    }
}
