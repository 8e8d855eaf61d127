package dev.amdahl.grader.cli;

/**
 * What {@code amdahl} exits with. It tells whether grading worked, never whether the student passed: a
 * submission that scores zero exits with {@link #OK}.
 */
public final class ExitCodes {

    /** Grading worked (whatever the score). */
    public static final int OK = 0;
    /** Something broke on our side, or some exercise could not be graded (INTERNAL_ERROR). */
    public static final int INTERNAL_ERROR = 1;
    /**
     * The command line was wrong: an unknown option, exercise or value, options that do not go together, or
     * {@code --sandbox local} on a machine where it may not run.
     */
    public static final int USAGE = 2;
    /** No Docker engine, or no sandbox image could be had. */
    public static final int SANDBOX_UNAVAILABLE = 3;
    /** The submission or course folder is missing or unusable. */
    public static final int INVALID_INPUT = 4;
    /** {@code amdahl check}: some exercise is not ready to hand out. */
    public static final int CHECK_FAILED = 5;

    private ExitCodes() {
    }
}
