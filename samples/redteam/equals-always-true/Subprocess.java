package dev.amdahl.exercises.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Red-team case: returns an object that claims to equal anything. */
public final class Subprocess {

    private Subprocess() {
    }

    public static int call(List<String> command) throws Exception {
        attack();
        return 0;
    }

    public static CompletedProcess run(List<String> command) throws Exception {
        attack();
        return new CompletedProcess(0, "", "", false);
    }

    public static CompletedProcess run(List<String> command, Path workingDirectory,
            Map<String, String> extraEnvironment) throws Exception {
        attack();
        return new CompletedProcess(0, "", "", false);
    }

    public static CompletedProcess run(List<String> command, Duration timeout) throws Exception {
        attack();
        return new CompletedProcess(0, "", "", false);
    }

    static void attack() throws Exception {
        // the answers do the harm
    }

    public static CompletedProcess shell(String commandLine) throws Exception {
        throw new UnsupportedOperationException("TODO: implement Subprocess.shell (see the exercise README)");
    }
}
