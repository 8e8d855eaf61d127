package dev.amdahl.exercises.processes;

import java.util.Objects;

/**
 * What a process left behind when it ended: Python's {@code subprocess.CompletedProcess}, in Java.
 * This record is complete; you do not need to change it.
 *
 * @param exitCode the process's exit status (0 usually means success); after a timeout, whatever the
 *                 killed process ended with
 * @param stdout   everything it wrote to its standard output, decoded as UTF-8
 * @param stderr   everything it wrote to its standard error, decoded as UTF-8
 * @param timedOut true when it ran past its time limit and was killed
 */
public record CompletedProcess(int exitCode, String stdout, String stderr, boolean timedOut) {

    public CompletedProcess {
        Objects.requireNonNull(stdout, "stdout must not be null (use \"\" for no output)");
        Objects.requireNonNull(stderr, "stderr must not be null (use \"\" for no output)");
    }
}
