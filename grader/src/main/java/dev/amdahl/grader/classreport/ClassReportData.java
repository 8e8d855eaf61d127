package dev.amdahl.grader.classreport;

import dev.amdahl.grader.gradebook.GradebookEntry;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the class report shows.
 *
 * @param title       the assignment, as the report's heading
 * @param entries     every student's gradebook line
 * @param similarity  what the similarity check found, or why it did not run
 * @param generatedAt when the report was written
 */
public record ClassReportData(String title, List<GradebookEntry> entries, SimilarityResult similarity,
        Instant generatedAt) {

    public ClassReportData {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(similarity, "similarity must not be null");
        Objects.requireNonNull(generatedAt, "generatedAt must not be null");
        entries = List.copyOf(entries);
    }
}
