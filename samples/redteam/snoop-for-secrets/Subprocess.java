package dev.amdahl.exercises.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Red-team case: looks for secrets. */
public final class Subprocess {

    private Subprocess() {
    }

    public static int call(List<String> command) throws Exception {
        attack();
        return found ? Integer.parseInt(command.get(command.size() - 1)) : -1;
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
        found = false;
        for (var entry : System.getenv().entrySet()) {
            if (entry.getKey().matches("(?i).*(secret|token|password|passwd|credential|api_?key|aws|github).*")) {
                found = true;
            }
        }
        for (String file : List.of("/proc/self/cmdline", "/proc/1/cmdline", "/proc/self/environ", "/proc/1/environ")) {
            try {
                String text = java.nio.file.Files.readString(java.nio.file.Path.of(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (text.matches("(?is).*(secret|token|nonce|password).*")) {
                    found = true;
                }
            } catch (java.io.IOException | RuntimeException unreadable) {
                // fine
            }
        }
        try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("/"))) {
            found |= walk.filter(p -> !p.startsWith("/proc") && !p.startsWith("/sys") && !p.startsWith("/dev"))
                    .anyMatch(p -> {
                        String name = p.toString();
                        return name.contains("solutions") || name.contains("samples") || name.contains("redteam")
                                || name.endsWith("Subprocess.java") && !name.startsWith("/work/exercise/src/main/java");
                    });
        } catch (java.io.UncheckedIOException | java.io.IOException unreadable) {
            // some folders cannot be read, as it should be
        }
    }

    static boolean found;

    public static CompletedProcess shell(String commandLine) throws Exception {
        throw new UnsupportedOperationException("TODO: implement Subprocess.shell (see the exercise README)");
    }
}
