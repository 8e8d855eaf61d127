package dev.amdahl.exercises.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Red-team case: tries to rewrite the tests. */
public final class Subprocess {

    private Subprocess() {
    }

    public static int call(List<String> command) throws Exception {
        attack();
        return tampered ? Integer.parseInt(command.get(command.size() - 1)) : -1;
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
        tampered = false;
        try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("/work"))) {
            for (var file : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                String name = file.toString();
                if (!name.startsWith("/work/build/") && (name.contains("test") || name.contains("Test") || name.contains("Child"))) {
                    try {
                        java.nio.file.Files.writeString(file, "tampered");
                        tampered = true;
                    } catch (java.io.IOException | SecurityException refused) {
                        // read-only, as it should be
                    }
                }
            }
        }
        for (String folder : List.of("/work/test-classes", "/work/exercise/src/test/java", "/work/exercise", "/opt/amdahl")) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(folder, "Planted.class"), "x");
                tampered = true;
            } catch (java.io.IOException refused) {
                // read-only, as it should be
            }
        }
    }

    static boolean tampered;

    public static CompletedProcess shell(String commandLine) throws Exception {
        throw new UnsupportedOperationException("TODO: implement Subprocess.shell (see the exercise README)");
    }
}
