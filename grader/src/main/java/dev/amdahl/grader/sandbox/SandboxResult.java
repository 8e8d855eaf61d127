package dev.amdahl.grader.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the grader observed of one run, from outside the container.
 *
 * @param exitCode        the main process's exit code; empty when it had to be killed
 * @param timedOut        it ran past its wall-clock limit and was killed
 * @param outOfMemory     the kernel killed it for using more memory than allowed
 * @param output          its console output (stdout and stderr interleaved), cut at the limit
 * @param outputTruncated the output was longer than the limit
 * @param files           the regular files it left in the output folder, by relative path
 * @param wallTime        how long it ran
 */
public record SandboxResult(OptionalLong exitCode, boolean timedOut, boolean outOfMemory, String output,
        boolean outputTruncated, Map<String, byte[]> files, Duration wallTime) {

    public SandboxResult {
        files = Map.copyOf(files);
    }

    public Optional<byte[]> file(String name) {
        return Optional.ofNullable(files.get(name));
    }
}
