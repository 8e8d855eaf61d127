package dev.amdahl.grader.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * What one sandbox run may use.
 *
 * @param wallClock   time from start to kill, enforced from outside the container
 * @param memoryBytes memory, swap included (there is no swap on top)
 * @param processes   processes and threads together (the pids limit)
 * @param cpus        CPU share, e.g. 2.0 for two cores
 * @param outputBytes how much of the container's console output is kept
 */
public record SandboxLimits(Duration wallClock, long memoryBytes, long processes, double cpus, long outputBytes) {

    public SandboxLimits {
        Objects.requireNonNull(wallClock, "wallClock must not be null");
        if (wallClock.isNegative() || wallClock.isZero()) {
            throw new IllegalArgumentException("wallClock must be positive");
        }
        if (memoryBytes < 64L * 1024 * 1024) {
            throw new IllegalArgumentException("memoryBytes must be at least 64 MiB: a JVM needs that much");
        }
        if (processes < 16) {
            throw new IllegalArgumentException("processes must be at least 16: a JVM starts that many threads");
        }
        if (cpus <= 0) {
            throw new IllegalArgumentException("cpus must be positive");
        }
        if (outputBytes < 0) {
            throw new IllegalArgumentException("outputBytes must not be negative");
        }
    }

    public static SandboxLimits defaults() {
        return new SandboxLimits(Duration.ofMinutes(3), 1024L * 1024 * 1024, 512,
                Runtime.getRuntime().availableProcessors(), 1024L * 1024);
    }

    public SandboxLimits withWallClock(Duration limit) {
        return new SandboxLimits(limit, memoryBytes, processes, cpus, outputBytes);
    }

    public SandboxLimits withMemoryBytes(long limit) {
        return new SandboxLimits(wallClock, limit, processes, cpus, outputBytes);
    }
}
