package dev.amdahl.grader.sandbox;

import dev.amdahl.grader.runner.RunnerInvocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run in a fresh container: copy {@code input} to {@value RunnerInvocation#WORK} (read-only for the code), run
 * {@code command}, hand what the runner writes on its event channel ({@value RunnerInvocation#EVENTS}) to
 * {@code watcher}; the container's own standard output and error are console only, never believed. The layout of
 * the container is the runner's, in {@link RunnerInvocation}.
 *
 * @param name    what the run is for, used in the container's name and labels
 * @param input   a folder whose contents become {@value RunnerInvocation#WORK}
 * @param command the command to run, in {@value RunnerInvocation#WORK}
 * @param labels  extra labels for the container
 * @param limits  what the run may use
 * @param watcher reads the event channel as it comes
 */
public record SandboxJob(String name, Path input, List<String> command, Map<String, String> labels,
        SandboxLimits limits, OutputWatcher watcher) {

    public SandboxJob {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(input, "input must not be null");
        Objects.requireNonNull(limits, "limits must not be null");
        Objects.requireNonNull(watcher, "watcher must not be null");
        command = List.copyOf(command);
        labels = Map.copyOf(labels);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must not be empty");
        }
    }
}
