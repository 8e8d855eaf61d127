package dev.amdahl.grader.sandbox;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * What the grader observed of one run, from outside the container. Standard output went to the job's
 * watcher; {@code console} is standard error.
 *
 * @param exitCode    the main process's exit code; empty when it had to be stopped
 * @param timedOut    it ran past its wall-clock limit and was stopped
 * @param outOfMemory the kernel killed it for using more memory than allowed (OOMKilled)
 * @param outputLimit it wrote more than its output limit and was stopped
 * @param console     its standard error: the beginning and the end, when it was long
 * @param wallTime    how long it ran
 */
public record SandboxResult(OptionalLong exitCode, boolean timedOut, boolean outOfMemory, boolean outputLimit,
        String console, Duration wallTime) {
}
