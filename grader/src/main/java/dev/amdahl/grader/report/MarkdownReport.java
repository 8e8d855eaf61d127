package dev.amdahl.grader.report;

import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grading.GradedResult;

/**
 * Feedback for the student in Markdown, short enough for a GitHub job summary: the total, then per
 * exercise its verdict, what went wrong and a table of the tests. Student text cannot break out of its
 * cell or block, and no HTML gets through.
 */
final class MarkdownReport implements ReportWriter {

    static final int CELL_CHARS = 300;

    @Override
    public String render(GradeReport report) {
        StringBuilder out = new StringBuilder("# Amdahl feedback\n\n");
        out.append(report.complete()
                ? "**Score: " + report.earned() + " / " + report.possible() + "**\n"
                : "**Score: incomplete.** Some exercises could not be graded through no fault of yours; they will be "
                        + "graded again.\n");
        for (ExerciseResult exercise : report.exercises()) {
            out.append("\n## ").append(Text.markdownCell(exercise.exercise())).append(": ")
                    .append(exercise.verdict().graded() ? exercise.earned() + " / " + exercise.possible() : "not graded")
                    .append(" (").append(exercise.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .append(")\n\n");
            if (!exercise.detail().isEmpty()) {
                out.append(Text.markdownBlock(Text.cap(exercise.detail(), 10 * Text.MAX_MESSAGE))).append('\n');
            }
            out.append("| | test | points | what happened |\n|---|---|---|---|\n");
            for (GradedResult result : exercise.tests()) {
                if (result.test().points() == 0) {
                    continue;
                }
                out.append("| ").append(result.outcome().earnsPoints() ? "✅" : "❌")
                        .append(" | ").append(Text.markdownCell(result.test().displayName()))
                        .append(" | ").append(result.pointsEarned()).append(" / ").append(result.test().points())
                        .append(" | ").append(Text.markdownCell(Text.cap(result.message().lines().findFirst().orElse(""),
                                CELL_CHARS)))
                        .append(" |\n");
            }
        }
        return out.toString();
    }
}
