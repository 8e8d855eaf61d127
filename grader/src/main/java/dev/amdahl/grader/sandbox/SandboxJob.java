package dev.amdahl.grader.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run in a fresh container: copy {@code input} to {@value #WORK} (read-only for the code), run
 * {@code command}, hand what the runner writes on its event channel ({@value #EVENTS}) to {@code watcher}; the
 * container's own standard output and error are console only, never believed.
 *
 * @param name    what the run is for, used in the container's name and labels
 * @param input   a folder whose contents become {@value #WORK}
 * @param command the command to run, in {@value #WORK}
 * @param labels  extra labels for the container
 * @param limits  what the run may use
 * @param watcher reads the event channel as it comes
 */
public record SandboxJob(String name, Path input, List<String> command, Map<String, String> labels,
        SandboxLimits limits, OutputWatcher watcher) {

    public static final String WORK = "/work";
    /** Writable scratch for the build, in memory and size-limited. */
    public static final String BUILD = "/work/build";
    /** Writable scratch, in memory and size-limited. */
    public static final String TMP = "/tmp";
    /**
     * A folder of the input that the sandbox's user owns (the rest is root's): the runner reads what is there and
     * removes it before the code under test runs, so that code cannot read it.
     */
    public static final String PRIVATE = "private";
    /**
     * The Unix socket of the runner's channel to the grader, which the sandbox provides: the runner connects to it
     * first, the grader accepts that one connection and removes the socket (see {@code EventSocket}).
     */
    public static final String EVENTS = "/run/amdahl/events.sock";

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
