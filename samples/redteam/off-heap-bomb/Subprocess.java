package dev.amdahl.exercises.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Red-team case: allocates direct buffers until none is left. */
public final class Subprocess {

    private Subprocess() {
    }

    public static int call(List<String> command) throws Exception {
        attack();
        throw new UnsupportedOperationException("TODO");
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
        List<java.nio.ByteBuffer> hoard = new java.util.ArrayList<>();
        while (true) {
            hoard.add(java.nio.ByteBuffer.allocateDirect(16 << 20));
        }
    }

    public static CompletedProcess shell(String commandLine) throws Exception {
        throw new UnsupportedOperationException("TODO: implement Subprocess.shell (see the exercise README)");
    }
}
