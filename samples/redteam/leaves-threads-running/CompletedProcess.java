package dev.amdahl.exercises.processes;

import java.util.Objects;

/** Red-team case: the reference, but it leaves non-daemon threads running forever. The reference's run() builds one, so this runs inside it. */
public record CompletedProcess(int exitCode, String stdout, String stderr, boolean timedOut) {

    public CompletedProcess {
        Objects.requireNonNull(stdout, "stdout must not be null (use \"\" for no output)");
        Objects.requireNonNull(stderr, "stderr must not be null (use \"\" for no output)");
        Leftovers.start();
    }
}
