package dev.amdahl.grader.intake;

/** The whole input is unusable; the message says what is wrong and what to give instead. */
public final class IntakeException extends Exception {
    public IntakeException(String message) {
        super(message);
    }

    public IntakeException(String message, Throwable cause) {
        super(message, cause);
    }
}
