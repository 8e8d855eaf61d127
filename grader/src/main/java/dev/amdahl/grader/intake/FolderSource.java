package dev.amdahl.grader.intake;

import java.nio.file.Path;
import java.util.Objects;

/** A student's copy as a folder; it is copied, never graded in place. */
public record FolderSource(Path folder) implements Source {
    public FolderSource {
        Objects.requireNonNull(folder, "folder must not be null");
    }

    @Override
    public String describe() {
        return "folder " + folder;
    }
}
