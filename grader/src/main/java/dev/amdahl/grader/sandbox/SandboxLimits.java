package dev.amdahl.grader.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * What one sandbox run may use.
 *
 * @param wallClock   time from start to stop, enforced from outside the container
 * @param memoryBytes memory, swap included (there is no swap on top); scratch space in memory counts too
 * @param processes   processes and threads together (the pids limit)
 * @param cpus        CPU share, e.g. 2.0 for two cores
 * @param outputBytes standard output and error together; past this the run is stopped
 */
public record SandboxLimits(Duration wallClock, long memoryBytes, long processes, double cpus, long outputBytes) {

    public static final long MIB = 1024L * 1024;

    public SandboxLimits {
        Objects.requireNonNull(wallClock, "wallClock must not be null");
        if (wallClock.isNegative() || wallClock.isZero()) {
            throw new IllegalArgumentException("wallClock must be positive");
        }
        if (memoryBytes < 256 * MIB) {
            throw new IllegalArgumentException("memoryBytes must be at least 256 MiB: the JVM, the compiler and "
                    + "the scratch space need that much");
        }
        if (processes < 64) {
            throw new IllegalArgumentException("processes must be at least 64: a JVM starts that many threads");
        }
        if (cpus <= 0) {
            throw new IllegalArgumentException("cpus must be positive");
        }
        if (outputBytes < MIB) {
            throw new IllegalArgumentException("outputBytes must be at least 1 MiB");
        }
    }

    /**
     * The limits of a grade when the course sets none: 3 minutes, 1 GiB, 512 processes, up to 2 cores, 8 MiB of output.
     */
    public static SandboxLimits defaults() {
        return new SandboxLimits(Duration.ofMinutes(3), 1024 * MIB, 512,
                Math.min(2, Runtime.getRuntime().availableProcessors()), 8 * MIB);
    }

    /** These limits with {@code limit} as the wall clock; the others unchanged. */
    public SandboxLimits withWallClock(Duration limit) {
        return new SandboxLimits(limit, memoryBytes, processes, cpus, outputBytes);
    }

    /** These limits with {@code limit} bytes of memory (at least 256 MiB); the others unchanged. */
    public SandboxLimits withMemoryBytes(long limit) {
        return new SandboxLimits(wallClock, limit, processes, cpus, outputBytes);
    }

    /** These limits with {@code limit} processes and threads (at least 64); the others unchanged. */
    public SandboxLimits withProcesses(long limit) {
        return new SandboxLimits(wallClock, memoryBytes, limit, cpus, outputBytes);
    }

    /** These limits with a CPU share of {@code limit} cores; the others unchanged. */
    public SandboxLimits withCpus(double limit) {
        return new SandboxLimits(wallClock, memoryBytes, processes, limit, outputBytes);
    }

    /** These limits with {@code limit} bytes of output (at least 1 MiB); the others unchanged. */
    public SandboxLimits withOutputBytes(long limit) {
        return new SandboxLimits(wallClock, memoryBytes, processes, cpus, limit);
    }
}
