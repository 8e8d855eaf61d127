package dev.amdahl.grader.scoring;

/** How the grading of one exercise ended, before looking at single tests. */
public enum Verdict {
    /** Every test ran to a verdict. */
    COMPLETED,
    /** The student's code did not compile (alone, or against the tests), or the compiler ran out of time. */
    COMPILE_ERROR,
    /** The run hit its wall-clock limit; tests that finished before keep their points. */
    TIMEOUT,
    /** The run used more memory than allowed and was stopped. */
    OUT_OF_MEMORY,
    /** The run wrote more output than allowed and was stopped. */
    OUTPUT_LIMIT,
    /** The run tried to start more processes or threads than allowed. */
    PROCESS_LIMIT,
    /** The Java process running the tests ended before every test had a verdict. */
    CRASHED,
    /** The submission has no code for this exercise. */
    NOT_SUBMITTED,
    /** The grader refused to run the submission (forbidden APIs, too large); the reasons say why. */
    REJECTED,
    /** Our fault (Docker down, image missing, runner broken): not graded, never shown as the student's zero. */
    INTERNAL_ERROR;

    /** Whether the points of this exercise mean anything. */
    public boolean graded() {
        return this != INTERNAL_ERROR;
    }
}
