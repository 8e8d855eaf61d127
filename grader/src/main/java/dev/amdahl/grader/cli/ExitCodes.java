package dev.amdahl.grader.cli;

import picocli.CommandLine;

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

    /** The one mapping from why a command stopped to its exit code; anything unexpected is our fault. */
    static final CommandLine.IExitCodeExceptionMapper MAPPER = ExitCodes::of;

    private ExitCodes() {
    }

    static int of(Throwable exception) {
        if (exception instanceof CommandFailure failure) {
            return switch (failure) {
                case CommandFailure.Usage usage -> USAGE;
                case CommandFailure.InvalidInput invalid -> INVALID_INPUT;
                case CommandFailure.SandboxUnavailable unavailable -> SANDBOX_UNAVAILABLE;
                case CommandFailure.CheckFailed failed -> CHECK_FAILED;
                case CommandFailure.Internal internal -> INTERNAL_ERROR;
            };
        }
        return exception instanceof CommandLine.ParameterException ? USAGE : INTERNAL_ERROR;
    }
}
