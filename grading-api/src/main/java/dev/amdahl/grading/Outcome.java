package dev.amdahl.grading;

/** How a graded test method ended. */
public enum Outcome {
    PASSED,
    FAILED,
    /** Failed because it ran longer than its time limit. */
    TIMED_OUT,
    /** Disabled or aborted: it did not run to a verdict and earns nothing. */
    SKIPPED,
    /** The run ended (time limit, crash) before this test got a verdict. */
    NOT_RUN;

    /** Only a passed test earns its points: a skipped or unfinished one does not. */
    public boolean earnsPoints() {
        return this == PASSED;
    }
}
