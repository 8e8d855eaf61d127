package dev.amdahl.grader.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run in a fresh container: copy {@code input} to {@value #WORK}, run {@code command}, copy
 * {@value #OUT} back.
 *
 * @param name    what the run is for, used in the container's name and labels
 * @param input   a folder whose contents become {@value #WORK}
 * @param command the command to run, in {@value #WORK}
 * @param labels  extra labels for the container
 * @param limits  what the run may use
 */
public record SandboxJob(String name, Path input, List<String> command, Map<String, String> labels,
        SandboxLimits limits) {

    public static final String WORK = "/work";
    public static final String OUT = "/work/out";

    public SandboxJob {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(input, "input must not be null");
        Objects.requireNonNull(limits, "limits must not be null");
        command = List.copyOf(command);
        labels = Map.copyOf(labels);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must not be empty");
        }
    }
}
