package dev.amdahl.grader.intake;

import java.time.Instant;
import java.util.List;

/**
 * What the grader saw of each git repository, and when, by its own clock. Commit dates are set by whoever commits,
 * so a deadline is checked against these observations instead: the commit graded is the one a fetch saw at or
 * before the deadline. The gradebook keeps them, so they survive between runs.
 */
public interface FetchLog {

    /**
     * One fetch.
     *
     * @param at     when the grader fetched, by its clock
     * @param commit the head commit the fetch found (40 hex digits)
     */
    record Observation(Instant at, String commit) {
    }

    /** Records that a fetch of {@code repository} at {@code at} found {@code commit} as its head. */
    void observed(String repository, Instant at, String commit);

    /** Every observation of {@code repository}, oldest first. */
    List<Observation> observations(String repository);
}
