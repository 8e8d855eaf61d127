package dev.amdahl.grader.intake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A submission on disk, ready to be staged.
 *
 * @param root        the folder inside the target that holds {@code exercises/} (or the exercise folders): single
 *                    wrapping folders are stepped through
 * @param revision    what was graded: the commit for git, otherwise the SHA-256 of the archive or of the folder's
 *                    files
 * @param submittedAt for git, when the grader itself first saw the graded commit (commit dates are set by the
 *                    student, so they are never used); empty otherwise
 * @param notes       what the student and instructor should know: links not unpacked, the commit chosen and why
 */
public record Materialized(Path root, String revision, Optional<Instant> submittedAt, List<String> notes) {
    public Materialized {
        Objects.requireNonNull(root, "root must not be null");
        Objects.requireNonNull(revision, "revision must not be null");
        Objects.requireNonNull(submittedAt, "submittedAt must not be null");
        notes = List.copyOf(notes);
    }
}
