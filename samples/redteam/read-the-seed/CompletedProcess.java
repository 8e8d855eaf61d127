package dev.amdahl.exercises.processes;

import java.util.Objects;

/** The reference's record, which first looks for the run's seed (see SeedHunt). */
public record CompletedProcess(int exitCode, String stdout, String stderr, boolean timedOut) {

    public CompletedProcess {
        SeedHunt.check();
        Objects.requireNonNull(stdout, "stdout must not be null (use \"\" for no output)");
        Objects.requireNonNull(stderr, "stderr must not be null (use \"\" for no output)");
    }
}
