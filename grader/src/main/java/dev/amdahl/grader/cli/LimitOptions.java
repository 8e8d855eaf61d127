package dev.amdahl.grader.cli;

import dev.amdahl.grader.pipeline.Grader;
import dev.amdahl.grader.sandbox.SandboxLimits;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Option;

/** {@code --timeout} and {@code --memory}: the sandbox limits a command sets over the exercises' own. */
final class LimitOptions {

    /** Below this the JVM, the compiler and the scratch space do not fit. */
    private static final long MEMORY_FLOOR = 256 * SandboxLimits.MIB;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "Wall-clock limit for the tests of each exercise, e.g. 90s or 3m (default: the exercise's "
                    + "sandbox.properties, else 3m).")
    private Duration timeout;

    @Option(names = "--memory", paramLabel = "SIZE", converter = Converters.ByteSizeConverter.class,
            description = "Memory limit per exercise, swap and scratch space included, e.g. 512m (default: the "
                    + "exercise's sandbox.properties, else 1g).")
    private Long memory;

    /** Refuses a memory limit nothing could run in. */
    void validate() throws CommandFailure {
        if (memory != null && memory < MEMORY_FLOOR) {
            throw new CommandFailure.Usage("--memory must be at least 256m: the JVM, the compiler and the scratch "
                    + "space need that much.");
        }
    }

    Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    OptionalLong memory() {
        return memory == null ? OptionalLong.empty() : OptionalLong.of(memory);
    }

    Grader.Overrides overrides() {
        return new Grader.Overrides(timeout, memory);
    }
}
