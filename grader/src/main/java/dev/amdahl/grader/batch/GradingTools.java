package dev.amdahl.grader.batch;

import dev.amdahl.grader.pipeline.Grader;
import dev.amdahl.grader.sandbox.Sandbox;
import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.timing.TimingLane;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a batch grades with: one sandbox, a new {@link Grader} for each worker, and the timing lane when speedups
 * are timed. Built by the command line's composition root, opened only once there is something to grade.
 *
 * @param sandbox the sandbox every job of the batch runs in; closing the tools closes it
 * @param graders a new grader each time, one per worker
 * @param timing  the timing lane, with {@code --timing}
 */
public record GradingTools(Sandbox sandbox, Supplier<Grader> graders, Optional<TimingLane> timing)
        implements AutoCloseable {

    /** Opens the tools; called only when there is something to grade. */
    @FunctionalInterface
    public interface Opener {
        /** The sandbox, a grader per worker and the timing lane, opened; the caller closes them. */
        GradingTools open() throws SandboxException;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
