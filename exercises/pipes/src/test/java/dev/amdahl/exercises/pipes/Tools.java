package dev.amdahl.exercises.pipes;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** The command-line tools some tests run, as a shell would: found on the PATH. */
final class Tools {

    private Tools() {
    }

    /**
     * Fails the test, naming the tool and how to get it, unless every one of {@code tools} is on the PATH. A
     * missing tool is a failure, not a skipped test: points are never given for tests that did not run.
     */
    static void require(String... tools) {
        String path = System.getenv("PATH");
        for (String tool : tools) {
            boolean found = path != null && java.util.Arrays.stream(path.split(File.pathSeparator))
                    .filter(folder -> !folder.isEmpty())
                    .map(folder -> Path.of(folder, tool))
                    .anyMatch(file -> Files.isRegularFile(file) && Files.isExecutable(file));
            if (!found) {
                fail("This test runs the command-line tool `" + tool + "`, which is not on your PATH (" + path
                        + "). It comes with the standard Unix tools: on Debian or Ubuntu `sudo apt-get install "
                        + "coreutils`, on macOS it is already there, on Windows run the tests in WSL or Git Bash. "
                        + "The exercise's README lists every tool the tests need.");
            }
        }
    }
}
