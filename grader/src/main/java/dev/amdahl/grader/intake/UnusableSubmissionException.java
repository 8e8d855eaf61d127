package dev.amdahl.grader.intake;

/**
 * One submission cannot be graded. The message is written for the student and the instructor alike: it names
 * the submission, says what is wrong and what to do.
 */
public final class UnusableSubmissionException extends Exception {
    public UnusableSubmissionException(String message) {
        super(message);
    }

    public UnusableSubmissionException(String message, Throwable cause) {
        super(message, cause);
    }
}
