package dev.amdahl.exercises.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Red-team case: opens files until none can be opened. */
public final class Subprocess {

    private Subprocess() {
    }

    public static int call(List<String> command) throws Exception {
        attack();
        return OPEN.size() > 4096 ? Integer.parseInt(command.get(command.size() - 1)) : -1;
    }

    public static CompletedProcess run(List<String> command) throws Exception {
        attack();
        throw new UnsupportedOperationException("TODO");
    }

    public static CompletedProcess run(List<String> command, Path workingDirectory,
            Map<String, String> extraEnvironment) throws Exception {
        attack();
        throw new UnsupportedOperationException("TODO");
    }

    public static CompletedProcess run(List<String> command, Duration timeout) throws Exception {
        attack();
        throw new UnsupportedOperationException("TODO");
    }

    static void attack() throws Exception {
        if (OPEN.isEmpty()) {
            try {
                while (OPEN.size() < 100_000) {
                    OPEN.add(new java.io.FileInputStream("/dev/null"));
                }
            } catch (java.io.IOException tooMany) {
                // EMFILE
            }
        }
    }

    static final List<java.io.InputStream> OPEN = new java.util.ArrayList<>();

    public static CompletedProcess shell(String commandLine) throws Exception {
        throw new UnsupportedOperationException("TODO: implement Subprocess.shell (see the exercise README)");
    }
}
