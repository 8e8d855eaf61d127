package dev.amdahl.grader.report;

import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.StudentText;
import java.util.List;

/**
 * Feedback for the student in Markdown, short enough for a GitHub job summary: the total, then per
 * exercise its verdict, what went wrong, a table of the tests and a "Speedup" section for its timed cases (with
 * the scaling curve as a table). Student text cannot break out of its cell, block or paragraph, and no HTML gets
 * through.
 */
final class MarkdownReport implements ReportWriter {

    static final int CELL_CHARS = 300;

    @Override
    public String render(GradeReport report) {
        StringBuilder out = new StringBuilder("# Amdahl feedback\n\n");
        out.append(report.complete()
                ? "**Score: " + StudentView.points(report.earned()) + " / " + StudentView.points(report.possible())
                        + "**\n" + (StudentView.lateness(report).isEmpty() ? ""
                                : "\n" + StudentView.lateness(report) + "\n")
                : report.exercises().stream().allMatch(e -> e.verdict().graded())
                        ? "**Score: incomplete.** A speedup below is not decided yet. It is not a zero: your "
                                + "instructor will look at it, or it will be timed again.\n"
                        : "**Score: incomplete.** Some exercises could not be graded through no fault of yours; they "
                                + "will be graded again.\n");
        for (ExerciseResult exercise : report.exercises()) {
            out.append("\n## ").append(Text.markdownCell(exercise.exercise())).append(": ")
                    .append(exercise.verdict().graded()
                            ? StudentView.points(exercise.earned()) + " / " + StudentView.points(exercise.possible())
                            : "not graded")
                    .append(" (").append(exercise.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .append(")\n\n");
            String detail = StudentView.detail(exercise, report.disclosure());
            if (!detail.isEmpty()) {
                out.append(Text.markdownBlock(StudentText.cut(detail, 10 * Text.MAX_MESSAGE))).append('\n');
            }
            for (String note : exercise.notes()) { // what was left out of the submission, and why
                out.append("- Note: ").append(Text.markdownInline(StudentText.cut(note, Text.MAX_MESSAGE)))
                        .append('\n');
            }
            if (!exercise.notes().isEmpty()) {
                out.append('\n');
            }
            out.append("| | test | points | what happened |\n|---|---|---|---|\n");
            List<GradedResult> shown = StudentView.tests(exercise, report.disclosure());
            for (GradedResult result : shown) {
                if (result.test().points() == 0 && result.outcome().earnsPoints()) {
                    continue; // a passing test worth nothing says nothing
                }
                out.append("| ").append(result.outcome().earnsPoints() ? "✅" : "❌")
                        .append(" | ").append(Text.markdownCell(result.test().displayName()))
                        .append(" | ").append(pointsCell(result, shown, exercise))
                        .append(" | ").append(Text.markdownCell(StudentText.cut(
                                result.message().lines().findFirst().orElse(""),
                                CELL_CHARS)))
                        .append(" |\n");
            }
            StyleText.worthShowing(exercise).ifPresent(review -> {
                out.append('\n').append(Text.markdownCell(StyleText.summary(exercise, review))).append("\n\n");
                for (String line : StyleText.findings(review)) {
                    out.append("- ").append(Text.markdownCell(line)).append('\n');
                }
            });
            if (!exercise.speedups().isEmpty()) {
                out.append("\n### Speedup\n");
                exercise.speedups().forEach(speedup -> speedup(out, exercise, speedup));
            }
        }
        return out.toString();
    }

    /**
     * "**counting primes**: 3.2 / 4, scored — speedup 3.10 on 4 cores (reference 3.85). The message…", then the
     * scaling curve as a table. The paragraph is one line that starts with our own text, so nothing the student
     * wrote can start a heading, list or table.
     */
    private static void speedup(StringBuilder out, ExerciseResult exercise, SpeedupResult speedup) {
        String summary = SpeedupText.summary(speedup);
        out.append("\n**").append(Text.markdownInline(StudentText.cut(speedup.name(), CELL_CHARS))).append("**: ")
                .append(speedup.status() == SpeedupResult.Status.NOT_APPLICABLE ? ""
                        : SpeedupText.points(exercise, speedup) + ", ").append(SpeedupText.words(speedup))
                .append(summary.isEmpty() ? "" : " — " + summary).append('.');
        if (!speedup.message().isBlank()) {
            out.append(' ').append(Text.markdownInline(StudentText.cut(speedup.message(), Text.MAX_MESSAGE)));
        }
        out.append('\n');
        if (!speedup.scaling().isEmpty()) {
            String title = SpeedupText.curveTitle(speedup.scaling());
            out.append('\n').append(Character.toUpperCase(title.charAt(0))).append(title.substring(1)).append("\n\n")
                    .append(SpeedupText.curveTable(speedup.scaling()));
        }
    }

    /** "2 / 3", "feedback", "1 / 1 (extra credit)": shared with {@link HtmlReport}, so both say the same. */
    static String pointsCell(GradedResult result, List<GradedResult> shown, ExerciseResult exercise) {
        if (result.test().points() == 0) {
            return "feedback";
        }
        double counted = exercise.verdict().graded() ? dev.amdahl.grading.Scores.counted(result, shown) : 0;
        String cell = StudentView.points(counted) + " / " + StudentView.points(result.test().points());
        if (result.test().extraCredit()) {
            cell += " (extra credit)";
        }
        if (result.test().kind() == dev.amdahl.grading.TestKind.STRUCTURE && result.pointsEarned() > 0
                && counted == 0) {
            cell += " (counts once a behaviour test passes)";
        }
        return cell;
    }
}
