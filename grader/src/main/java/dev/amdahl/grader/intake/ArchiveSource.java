package dev.amdahl.grader.intake;

import java.nio.file.Path;
import java.util.Objects;

/** A student's copy as an archive (.zip, .tar.gz, .tgz or .tar); it is unpacked under limits. */
public record ArchiveSource(Path archive) implements Source {
    public ArchiveSource {
        Objects.requireNonNull(archive, "archive must not be null");
    }

    @Override
    public String describe() {
        return "archive " + archive;
    }
}
