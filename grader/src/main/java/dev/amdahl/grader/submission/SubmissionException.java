package dev.amdahl.grader.submission;

/** A submission the grader cannot take as it is; the message says why and what to do. */
public final class SubmissionException extends Exception {

    private static final long serialVersionUID = 1L;

    public SubmissionException(String message) {
        super(message);
    }
}
