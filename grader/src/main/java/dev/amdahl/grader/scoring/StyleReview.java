package dev.amdahl.grader.scoring;

import dev.amdahl.grader.style.StyleScore;
import java.util.Objects;

/**
 * What Checkstyle found in one exercise's sources, and what it costs under the exercise's rubric.
 *
 * @param score             per category: findings, points taken, and the findings a student is shown
 * @param sourceFolder      where the sources are in the student's copy (e.g.
 *                          {@code exercises/processes/src/main/java}), so findings can point at their lines
 * @param checkstyleVersion the Checkstyle that checked them
 */
public record StyleReview(StyleScore score, String sourceFolder, String checkstyleVersion) {

    public StyleReview {
        Objects.requireNonNull(score, "score must not be null");
        sourceFolder = sourceFolder == null ? "" : sourceFolder;
        checkstyleVersion = checkstyleVersion == null ? "" : checkstyleVersion;
    }
}
