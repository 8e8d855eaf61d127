package dev.amdahl.exercises.pipes;

import java.util.List;
import java.util.Objects;

/**
 * What a pipeline left behind when its last process ended: what that process printed, and how every
 * process of the pipeline ended. This record is complete; you do not need to change it.
 *
 * @param stdout    everything the last process wrote to its standard output, decoded as UTF-8
 * @param exitCodes the exit code of every process, in the order of the stages (0 usually means success)
 */
public record PipelineResult(String stdout, List<Integer> exitCodes) {

    /** Refuses missing values, so that a bug shows up where it happens. */
    public PipelineResult {
        Objects.requireNonNull(stdout, "stdout must not be null (use \"\" for no output)");
        exitCodes = List.copyOf(exitCodes);
    }
}
