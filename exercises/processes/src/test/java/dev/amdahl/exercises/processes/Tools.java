package dev.amdahl.exercises.processes;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tests that use operating-system tools say so, and fail with a clear message where a tool is missing. */
final class Tools {

    private Tools() {
    }

    /** Fails the test, saying what to install, unless every one of {@code tools} is on the PATH. */
    static void require(String... tools) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String tool : tools) {
            boolean found = false;
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                fail("This test needs the program '" + tool + "', which is not on your PATH. It comes with every "
                        + "Linux and macOS; on Windows, run the tests in WSL or Git Bash. (The grader has it.)");
            }
        }
    }
}
