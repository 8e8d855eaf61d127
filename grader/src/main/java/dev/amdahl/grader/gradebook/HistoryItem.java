package dev.amdahl.grader.gradebook;

import dev.amdahl.grading.Scores;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a submission's history in the gradebook: a result the grader recorded, or a score set by hand.
 * Nothing is ever deleted; a newer result or override only makes the older one history.
 */
public sealed interface HistoryItem permits HistoryItem.Result, HistoryItem.Overridden {

    /** When it was recorded. */
    Instant at();

    /** Whether it is the one that counts now. */
    boolean current();

    /** One line for an instructor, e.g. {@code 2026-12-04T08:00:02Z  result 2: GRADED, 8.5 of 10  (current)}. */
    String describe();

    /**
     * A result the grader recorded.
     *
     * @param attempt  1 for the first result of the submission, then 2, 3… for regrades
     * @param at       when it was recorded
     * @param state    the state it left the submission in
     * @param score    its score, after any late penalty
     * @param possible the most it could have earned
     * @param complete false when some part could not be graded or needs a human
     * @param problem  for {@link SubmissionState#UNUSABLE}: what was wrong with the input; otherwise ""
     * @param current  whether it is the submission's current result
     */
    record Result(int attempt, Instant at, SubmissionState state, double score, double possible, boolean complete,
            String problem, boolean current) implements HistoryItem {
        public Result {
            Objects.requireNonNull(at, "at must not be null");
            Objects.requireNonNull(state, "state must not be null");
            Objects.requireNonNull(problem, "problem must not be null");
        }

        @Override
        public String describe() {
            return at + "  result " + attempt + ": " + state + ", " + Scores.format(score) + " of "
                    + Scores.format(possible) + (complete ? "" : ", incomplete")
                    + (problem.isEmpty() ? "" : " (" + problem + ")") + (current ? "  (current)" : "");
        }
    }

    /**
     * A score an instructor set by hand.
     *
     * @param override the score, who set it, why and when
     * @param current  false once a later override superseded it
     */
    record Overridden(ScoreOverride override, boolean current) implements HistoryItem {
        public Overridden {
            Objects.requireNonNull(override, "override must not be null");
        }

        @Override
        public Instant at() {
            return override.at();
        }

        @Override
        public String describe() {
            return at() + "  override: " + Scores.format(override.points()) + " by " + override.by() + ", because "
                    + override.reason() + (current ? "  (current)" : "");
        }
    }
}
