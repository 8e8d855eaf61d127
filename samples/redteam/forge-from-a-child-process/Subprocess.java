package dev.amdahl.exercises.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The skeleton's Subprocess, but every method first runs the attack in ChildForger. */
public final class Subprocess {

    private Subprocess() {
    }

    public static int call(List<String> command) throws Exception {
        ChildForger.attack();
        throw new UnsupportedOperationException("TODO");
    }

    public static CompletedProcess run(List<String> command) throws Exception {
        ChildForger.attack();
        throw new UnsupportedOperationException("TODO");
    }

    public static CompletedProcess shell(String commandLine) throws Exception {
        ChildForger.attack();
        throw new UnsupportedOperationException("TODO");
    }

    public static CompletedProcess run(List<String> command, Path workingDirectory,
            Map<String, String> extraEnvironment) throws Exception {
        ChildForger.attack();
        throw new UnsupportedOperationException("TODO");
    }

    public static CompletedProcess run(List<String> command, Duration timeout) throws Exception {
        ChildForger.attack();
        throw new UnsupportedOperationException("TODO");
    }
}
