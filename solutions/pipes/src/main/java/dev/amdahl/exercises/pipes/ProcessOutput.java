package dev.amdahl.exercises.pipes;

import java.util.Objects;

/**
 * Everything one process printed, with standard output and standard error kept apart. This record is
 * complete; you do not need to change it.
 *
 * @param stdout everything the process wrote to its standard output, decoded as UTF-8
 * @param stderr everything the process wrote to its standard error, decoded as UTF-8
 */
public record ProcessOutput(String stdout, String stderr) {

    /** Refuses missing output, so that a bug shows up where it happens. */
    public ProcessOutput {
        Objects.requireNonNull(stdout, "stdout must not be null (use \"\" for no output)");
        Objects.requireNonNull(stderr, "stderr must not be null (use \"\" for no output)");
    }
}
