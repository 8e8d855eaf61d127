package dev.amdahl.grader.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.amdahl.grader.intake.Candidate;
import dev.amdahl.grader.intake.Materialized;
import dev.amdahl.grader.intake.Materializer;
import dev.amdahl.grader.intake.UnusableSubmissionException;
import dev.amdahl.grader.io.AtomicFile;
import dev.amdahl.grader.io.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The copies of the submissions a batch graded, kept in {@code <out>/submissions/<student>/}: what was graded
 * stays on disk beside its grade, a resumed or repeated run grades the very same files, and the similarity check
 * reads them. Each copy has a small record beside it ({@code <student>.json}) written after the copy is complete,
 * so a copy without one was cut short by a crash and is made again.
 */
final class SubmissionCopies {

    /** What the grader needs to know of a copy besides its files. */
    record Copy(Path root, String revision, Optional<Instant> submittedAt, List<String> notes) {
    }

    private record Stored(String root, String revision, Instant submittedAt, List<String> notes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path folder;

    SubmissionCopies(Path folder) {
        this.folder = folder;
    }

    /** The copy of {@code student}, made from {@code candidate} if there is none yet. */
    Copy copyOf(String student, Optional<Candidate> candidate, Materializer materializer)
            throws UnusableSubmissionException, IOException {
        Optional<Copy> existing = existing(student);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (candidate.isEmpty()) {
            throw new UnusableSubmissionException("The submission of " + student + " is no longer in the input, and "
                    + "no copy of it was kept: put it back into the input and grade again.");
        }
        forget(student);
        Files.createDirectories(folder);
        Path target = folder.resolve(student);
        Materialized made = materializer.materialize(candidate.get(), target);
        Stored stored = new Stored(target.relativize(made.root()).toString(), made.revision(),
                made.submittedAt().orElse(null), made.notes());
        AtomicFile.writeBytes(recordOf(student), stream -> JSON.writeValue(stream, stored));
        return new Copy(made.root(), made.revision(), made.submittedAt(), made.notes());
    }

    /** The copy made earlier, if it was made completely. */
    Optional<Copy> existing(String student) throws IOException {
        Path record = recordOf(student);
        Path target = folder.resolve(student);
        if (!Files.isRegularFile(record) || !Files.isDirectory(target)) {
            return Optional.empty();
        }
        Stored stored = JSON.readValue(record.toFile(), Stored.class);
        return Optional.of(new Copy(target.resolve(stored.root()).normalize(), stored.revision(),
                Optional.ofNullable(stored.submittedAt()), stored.notes() == null ? List.of() : stored.notes()));
    }

    /** Removes the copy of {@code student}, so that the next grade reads the input again. */
    void forget(String student) {
        try {
            Files.deleteIfExists(recordOf(student));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Folders.delete(folder.resolve(student));
    }

    private Path recordOf(String student) {
        return folder.resolve(student + ".json");
    }
}
