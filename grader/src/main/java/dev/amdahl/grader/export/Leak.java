package dev.amdahl.grader.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Instructor-only material found in an exported student template.
 *
 * @param exportedFile the file, relative to the exported tree
 * @param where what of it: {@code method killTree(Process)}, {@code whole file}, {@code line 12}...
 * @param secretSource where the secret comes from, relative to the course repository
 * @param what a sentence for the instructor: what leaks and what to do
 */
public record Leak(Path exportedFile, String where, Path secretSource, String what) {

    public Leak {
        Objects.requireNonNull(exportedFile, "exportedFile");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(secretSource, "secretSource");
        Objects.requireNonNull(what, "what");
    }
}
