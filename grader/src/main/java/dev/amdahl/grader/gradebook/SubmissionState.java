package dev.amdahl.grader.gradebook;

/**
 * Where one submission of a batch stands. Every state but {@link #GRADING} survives a crash as it is; a submission
 * left {@code GRADING} by a killed run goes back to {@link #PENDING} when the batch resumes.
 */
public enum SubmissionState {
    /** Registered, to be graded (again, after a regrade request). */
    PENDING,
    /** A worker is grading it now. */
    GRADING,
    /** Its tests are graded; its speedup cases wait for the timing lane, which runs after every correctness job. */
    AWAITING_TIMING,
    /** Graded completely: the recorded result is final (until a regrade). */
    GRADED,
    /** Graded, but some part could not be (our fault: Docker failed) or a speedup needs a human: regrade it. */
    INCOMPLETE,
    /** The input itself could not be used (a broken archive, a clone that failed): the result says why. */
    UNUSABLE;

    /** True when a result is recorded that exports may show. */
    public boolean hasResult() {
        return this == AWAITING_TIMING || this == GRADED || this == INCOMPLETE || this == UNUSABLE;
    }
}
