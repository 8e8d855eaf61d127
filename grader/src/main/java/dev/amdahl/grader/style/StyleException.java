package dev.amdahl.grader.style;

/**
 * Checkstyle itself could not run: its configuration is broken, or the sources could not be listed or read.
 * Never about the student's code, which gives findings instead: the grade must not treat this as the student's
 * fault.
 */
public class StyleException extends Exception {

    private static final long serialVersionUID = 1L;

    public StyleException(String message) {
        super(message);
    }

    public StyleException(String message, Throwable cause) {
        super(message, cause);
    }
}
