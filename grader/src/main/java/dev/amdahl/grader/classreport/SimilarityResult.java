package dev.amdahl.grader.classreport;

import java.util.List;
import java.util.Objects;

/**
 * What the similarity check found: the most similar pairs of students, or why there is nothing to show. Similarity is
 * a reason for an instructor to look at two submissions, never proof of anything.
 *
 * @param ran      whether JPlag compared the submissions
 * @param note     why it did not run, or what was left out when it did (e.g. students without Java sources); "" when
 *                 there is nothing to add
 * @param compared how many students' submissions were compared
 * @param pairs    the pairs worth a look, most similar first
 */
public record SimilarityResult(boolean ran, String note, int compared, List<Pair> pairs) {

    /**
     * Two students whose sources are alike.
     *
     * @param first         one student's id (the smaller, so a pair reads the same every time)
     * @param second        the other's
     * @param similarity    JPlag's average similarity, 0 to 1: the share of both submissions' tokens that match
     * @param maxSimilarity the larger of the two shares (high when one copied a part of the other's larger work)
     */
    public record Pair(String first, String second, double similarity, double maxSimilarity) {
        public Pair {
            Objects.requireNonNull(first, "first must not be null");
            Objects.requireNonNull(second, "second must not be null");
        }
    }

    public SimilarityResult {
        Objects.requireNonNull(note, "note must not be null");
        pairs = List.copyOf(pairs);
    }

    /** Nothing was compared, and {@code why}: the report shows "Not compared: " and then it, so a clause will do. */
    public static SimilarityResult skipped(String why) {
        return new SimilarityResult(false, why, 0, List.of());
    }
}
