package dev.amdahl.grader.sandbox;

/**
 * A sandboxed program that keeps running between requests: lines go to its standard input, its standard output
 * to the job's watcher. The timing lane keeps one per side so that the JVMs stay warm, and freezes the side that
 * is not being timed so that it cannot slow down the one that is.
 */
public interface SandboxSession extends AutoCloseable {

    /** Writes {@code line} and a line break to the program's standard input. */
    void send(String line) throws SandboxException;

    /** Stops every process of the session where it stands (the cgroup freezer): it uses no CPU until thawed. */
    void freeze() throws SandboxException;

    /** Lets a frozen session run again. */
    void thaw() throws SandboxException;

    /** Whether the program is still running (it may have ended, crashed or been killed). */
    boolean running();

    /**
     * Ends the session: closes standard input, gives the program a moment to end by itself, then stops it and
     * removes everything it had. What was observed of it is returned; calling it again returns the same.
     */
    SandboxResult finish();

    /** Ends the session as {@link #finish} does, for try-with-resources. */
    @Override
    default void close() {
        finish();
    }
}
