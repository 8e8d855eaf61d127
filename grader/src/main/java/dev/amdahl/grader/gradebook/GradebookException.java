package dev.amdahl.grader.gradebook;

/** The gradebook cannot do what was asked; the message says why and what to do. */
public final class GradebookException extends Exception {

    private static final long serialVersionUID = 1L;

    public GradebookException(String message) {
        super(message);
    }

    public GradebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
