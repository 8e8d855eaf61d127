package dev.amdahl.grader.scoring;

/** How the grading of one exercise ended, before looking at single tests. */
public enum Verdict {
    /** Every test ran to a verdict. */
    COMPLETED,
    /** The student's code did not compile (alone, or against the tests). */
    COMPILE_ERROR,
    /** The run hit its wall-clock limit; tests that finished before keep their points. */
    TIMEOUT,
    /** The Java process running the tests ended before every test had a verdict. */
    CRASHED,
    /** The submission has no code for this exercise. */
    NOT_SUBMITTED,
    /** The grader refused to run the submission (too large, for one); the reason says why. */
    REJECTED,
    /** Our fault (Docker down, image missing): not graded, and never shown as the student's zero. */
    INTERNAL_ERROR;

    /** Whether the points of this exercise mean anything. */
    public boolean graded() {
        return this != INTERNAL_ERROR;
    }
}
