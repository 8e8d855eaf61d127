package dev.amdahl.grader.sandbox;

import dev.amdahl.grader.runner.RunnerInvocation;

/**
 * Reads what a job's runner writes on its event channel (the Unix socket at {@link RunnerInvocation#EVENTS}) as it
 * arrives; the job's own protocol lives behind it. Called from one thread at a time.
 */
public interface OutputWatcher {

    /** The next bytes from the event channel, as they came: a chunk may end inside an event. */
    void eventBytes(byte[] chunk);

    /** True once the program has said all it will: the sandbox may stop it without losing anything. */
    boolean done();
}
