package dev.amdahl.grader.report;

import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.StyleReview;
import dev.amdahl.grader.style.CategoryScore;
import dev.amdahl.grader.style.StyleCategory;
import dev.amdahl.grader.style.StyleFinding;
import dev.amdahl.grader.style.Treatment;
import dev.amdahl.grading.Scores;
import dev.amdahl.grading.StudentText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Style findings as every text report words them: a summary line, then one line per finding, capped. */
final class StyleText {

    /** No report lists more findings than this; the rest are counted. */
    static final int MAX_FINDINGS = 50;

    private StyleText() {
    }

    /** The review, when there is anything to say: findings, or style points at stake. */
    static Optional<StyleReview> worthShowing(ExerciseResult exercise) {
        return exercise.style().filter(r -> r.score().possible() > 0 || !r.score().shown().isEmpty());
    }

    /** "Style: 1 / 2 points. Naming: 7 findings, −1 (at most 1). Formatting: 2 findings, feedback only." */
    static String summary(ExerciseResult exercise, StyleReview review) {
        StringBuilder out = new StringBuilder("Style: ");
        if (review.score().possible() > 0) {
            out.append(Scores.format(exercise.styleEarned())).append(" / ")
                    .append(Scores.format(review.score().possible())).append(" points");
            if (exercise.styleEarned() == 0 && review.score().earned() > 0) {
                out.append(" (style points count once a behaviour test passes)");
            }
            out.append('.');
        } else {
            out.append("feedback only.");
        }
        for (Map.Entry<StyleCategory, CategoryScore> entry : review.score().categories().entrySet()) {
            CategoryScore category = entry.getValue();
            if (category.treatment() == Treatment.OFF || category.findings() == 0) {
                continue;
            }
            out.append(' ').append(entry.getKey().label()).append(": ").append(category.findings())
                    .append(category.findings() == 1 ? " finding" : " findings");
            out.append(category.treatment() == Treatment.GRADED
                    ? ", −" + Scores.format(category.deducted()) + " (at most " + Scores.format(category.cap()) + ")."
                    : ", feedback only.");
        }
        return out.toString();
    }

    /**
     * "exercises/processes/src/main/java/a/B.java:12:5: [Naming] Name 'P' must match …", at most
     * {@value #MAX_FINDINGS}.
     */
    static List<String> findings(StyleReview review) {
        List<String> lines = new ArrayList<>();
        List<StyleFinding> shown = review.score().shown();
        for (StyleFinding finding : shown.subList(0, Math.min(MAX_FINDINGS, shown.size()))) {
            lines.add(location(review, finding) + ": [" + finding.category().label() + "] "
                    + StudentText.cut(finding.message(), 300));
        }
        if (shown.size() > MAX_FINDINGS) {
            lines.add("… and " + (shown.size() - MAX_FINDINGS) + " more");
        }
        return lines;
    }

    /** The file as it is in the student's copy, with line and column; no line at all for the whole file. */
    static String location(StyleReview review, StyleFinding finding) {
        if (finding.line() == 0) {
            return path(review, finding); // lines count from 1: "Run.java:0" would send the student nowhere
        }
        return path(review, finding) + ":" + finding.line() + (finding.column() > 0 ? ":" + finding.column() : "");
    }

    static String path(StyleReview review, StyleFinding finding) {
        return review.sourceFolder().isEmpty() ? finding.file() : review.sourceFolder() + "/" + finding.file();
    }
}
