package dev.amdahl.grader.cli;

import java.util.List;

/**
 * Why a command stops, said once for the person at the terminal: the message (and any lines that go under it) is
 * printed by {@link Main}, and the kind decides the exit code ({@link ExitCodes#of}). Commands throw it instead of
 * printing and returning a code each time.
 */
abstract sealed class CommandFailure extends Exception {

    private final List<String> details;

    private CommandFailure(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    /** Lines printed under the message, as they are. */
    List<String> details() {
        return details;
    }

    /** The command line was wrong: {@link ExitCodes#USAGE}. */
    static final class Usage extends CommandFailure {
        Usage(String message) {
            super(message, List.of());
        }
    }

    /** The submission, course, input or output folder is unusable: {@link ExitCodes#INVALID_INPUT}. */
    static final class InvalidInput extends CommandFailure {
        InvalidInput(String message) {
            super(message, List.of());
        }
    }

    /** No Docker engine or no sandbox image: {@link ExitCodes#SANDBOX_UNAVAILABLE}. */
    static final class SandboxUnavailable extends CommandFailure {
        SandboxUnavailable(String message) {
            super(message, List.of());
        }

        SandboxUnavailable(String message, List<String> details) {
            super(message, details);
        }
    }

    /** A check of the course failed: {@link ExitCodes#CHECK_FAILED}. */
    static final class CheckFailed extends CommandFailure {
        CheckFailed(String message, List<String> details) {
            super(message, details);
        }

        /** An export stopped because its template would hold instructor-only material: each leak named. */
        static CheckFailed leaked(dev.amdahl.grader.export.TemplateLeakException e) {
            return new CheckFailed("nothing was exported: the template would hold instructor-only material.",
                    e.leaks().stream().map(leak -> "  " + leak.what()).toList());
        }
    }

    /** Something on our side did not work: {@link ExitCodes#INTERNAL_ERROR}. */
    static final class Internal extends CommandFailure {
        Internal(String message) {
            super(message, List.of());
        }
    }
}
