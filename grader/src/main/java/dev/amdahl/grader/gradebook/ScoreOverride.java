package dev.amdahl.grader.gradebook;

import java.time.Instant;
import java.util.Objects;

/**
 * A score an instructor set by hand, over the grader's.
 *
 * @param points the score that counts
 * @param by     who set it
 * @param reason why, in their words
 * @param at     when
 */
public record ScoreOverride(double points, String by, String reason, Instant at) {
    public ScoreOverride {
        Objects.requireNonNull(by, "by must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(at, "at must not be null");
    }
}
