package dev.amdahl.grader.sandbox;

/** Runs untrusted code somewhere it cannot harm the grader, and reports what it saw. */
public interface Sandbox extends AutoCloseable {

    /** Runs {@code job} to its end, its time limit, or its death; never longer than its limits allow. */
    SandboxResult run(SandboxJob job) throws SandboxException, InterruptedException;

    /** A short, stable description of what runs the code (an image id, say), for the report. */
    String describe();

    @Override
    void close();
}
