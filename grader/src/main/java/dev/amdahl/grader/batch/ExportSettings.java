package dev.amdahl.grader.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grader.io.AtomicFile;
import dev.amdahl.grader.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a batch's exports were last written, so that a change made without grading (a score override) writes them
 * again the same way.
 *
 * @param assignment   the assignment's name in the CSVs and the class report
 * @param formats      the formats each student gets besides {@link BatchExports#ALWAYS}
 * @param course       the course repository (for the similarity check's base code)
 * @param exercises    the exercises graded
 * @param noSimilarity true when the similarity check was switched off
 */
public record ExportSettings(String assignment, Set<ReportFormat> formats, Path course, List<String> exercises,
        boolean noSimilarity) {

    static final String FILE = "export-settings.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes these settings into the output folder {@code out}, replacing the earlier ones in one step. */
    public void save(Path out) throws IOException {
        AtomicFile.writeBytes(out.resolve(FILE),
                stream -> JSON.writerWithDefaultPrettyPrinter().writeValue(stream, this));
    }

    /** The settings last saved in {@code out}; empty when its exports were never written. */
    public static Optional<ExportSettings> load(Path out) throws IOException {
        Path file = out.resolve(FILE);
        return Files.isRegularFile(file) ? Optional.of(JSON.readValue(file.toFile(), ExportSettings.class))
                : Optional.empty();
    }
}
