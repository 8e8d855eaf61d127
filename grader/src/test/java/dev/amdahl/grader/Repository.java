package dev.amdahl.grader;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where this repository is, for tests that use its exercises, solutions and samples. */
public final class Repository {

    private Repository() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("amdahl.repository", "..")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("exercises"))) {
            throw new IllegalStateException("cannot find the repository at " + root + "; set -Damdahl.repository");
        }
        return root;
    }
}
