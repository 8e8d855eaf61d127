package dev.amdahl.grader.sandbox;

/** The sandbox could not run (no Docker engine, no image): our problem, never the student's. */
public class SandboxException extends Exception {

    private static final long serialVersionUID = 1L;

    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
