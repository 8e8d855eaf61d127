package dev.amdahl.grader.sandbox;

/** Runs untrusted code somewhere it cannot harm the grader, and reports what it saw. */
public interface Sandbox extends AutoCloseable {

    /** Runs {@code job} to its end, its time limit, or its death; never longer than its limits allow. */
    SandboxResult run(SandboxJob job) throws SandboxException, InterruptedException;

    /**
     * Starts {@code job} and keeps it running for requests on its standard input, on exactly the CPUs in
     * {@code cpuset} (e.g. {@code "0-1"}), until the session is finished. {@code job}'s wall clock bounds the
     * session's whole life.
     */
    SandboxSession open(SandboxJob job, String cpuset) throws SandboxException, InterruptedException;

    /** How many CPUs the machine that runs the code has. */
    default int cpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * How many jobs this sandbox runs well side by side: each in a container of its own, one per CPU; a sandbox
     * that can hold only one job at a time says 1.
     */
    default int jobsAtOnce() {
        return 1;
    }

    /** A short, stable description of what runs the code (an image id, say), for the report. */
    String describe();

    @Override
    void close();
}
