package dev.amdahl.grader.sandbox;

import dev.amdahl.grader.runner.RunnerInvocation;

/**
 * Reads what a job's runner writes on its event channel (the Unix socket at {@link RunnerInvocation#EVENTS}) as it
 * arrives; the job's own protocol lives behind it. Called from one thread at a time. ({@code stdout} is the method's old
 * name from when events came on standard output.)
 */
public interface OutputWatcher {

    void stdout(byte[] chunk);

    /** True once the program has said all it will: the sandbox may stop it without losing anything. */
    boolean done();
}
