package dev.amdahl.grader.sandbox;

/**
 * Reads a job's standard output as it arrives; the job's own protocol lives behind it. Called from one
 * thread at a time.
 */
public interface OutputWatcher {

    void stdout(byte[] chunk);

    /** True once the program has said all it will: the sandbox may stop it without losing anything. */
    boolean done();
}
