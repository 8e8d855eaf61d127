package dev.amdahl.grader.report;

import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grading.PointsTable;
import dev.amdahl.grading.StudentText;

/**
 * The report a person reads in a terminal: per exercise, its verdict, the points table, what went wrong, and a
 * line per timed case with its scaling curve.
 */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    /** The whole report as terminal text: a header line, then a section per exercise. */
    public static String render(GradeReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Graded ").append(printable(report.submission()))
                .append("  (amdahl ").append(report.graderVersion()).append(", sandbox ").append(report.sandbox())
                .append(")\n");
        for (ExerciseResult exercise : report.exercises()) {
            out.append('\n').append(heading(exercise)).append('\n');
            String detail = StudentView.detail(exercise, report.disclosure());
            if (!detail.isEmpty()) {
                detail.lines().forEach(line -> out.append("  | ").append(printable(line)).append('\n'));
            }
            for (String note : exercise.notes()) {
                out.append("  note: ").append(printable(note)).append('\n');
            }
            if (exercise.verdict() != Verdict.COMPILE_ERROR && exercise.verdict() != Verdict.NOT_SUBMITTED
                    && exercise.verdict() != Verdict.REJECTED) {
                PointsTable.render("", StudentView.tests(exercise, report.disclosure())).lines().skip(1)
                        .forEach(line -> out.append(line).append('\n'));
            }
            StyleText.worthShowing(exercise).ifPresent(review -> {
                out.append("  ").append(printable(StyleText.summary(exercise, review))).append('\n');
                StyleText.findings(review).forEach(line -> out.append("    ").append(printable(line)).append('\n'));
            });
            for (SpeedupResult speedup : exercise.speedups()) {
                speedup(out, exercise, speedup);
            }
        }
        out.append('\n');
        String lateness = StudentView.lateness(report);
        if (!lateness.isEmpty()) {
            out.append(lateness).append('\n');
        }
        String score = StudentView.points(report.earned()) + " / " + StudentView.points(report.possible());
        if (report.complete()) {
            out.append("Score: ").append(score).append('\n');
        } else if (report.exercises().stream().allMatch(e -> e.verdict().graded())) {
            out.append("Score: incomplete: a speedup above is not decided yet (not a zero: your instructor will look"
                    + " at it, or it will be timed again). ").append(score).append(" counts only what was decided.\n");
        } else {
            out.append("Score: incomplete: some exercises could not be graded (INTERNAL_ERROR above). ")
                    .append(score).append(" counts only what was graded.\n");
        }
        return out.toString();
    }

    /**
     * "  speedup  counting primes: speedup 3.10 on 4 cores (reference 3.85)   3.2 / 4  SCORED", the message, and
     * the scaling curve when there is one.
     */
    private static void speedup(StringBuilder out, ExerciseResult exercise, SpeedupResult speedup) {
        String summary = SpeedupText.summary(speedup);
        out.append("  speedup  ").append(printable(StudentText.cut(speedup.name(), 200)))
                .append(summary.isEmpty() ? "" : ": " + summary)
                .append("   ").append(SpeedupText.points(exercise, speedup))
                .append("  ").append(SpeedupText.label(speedup)).append('\n');
        StudentText.cut(speedup.message(), Text.MAX_MESSAGE).lines()
                .forEach(line -> out.append("    ").append(printable(line)).append('\n'));
        if (!speedup.scaling().isEmpty()) {
            out.append("    ").append(SpeedupText.curveTitle(speedup.scaling())).append('\n');
            SpeedupText.curve(speedup.scaling()).forEach(line -> out.append("      ").append(line).append('\n'));
        }
    }

    private static String heading(ExerciseResult exercise) {
        String verdict = switch (exercise.verdict()) {
            case COMPLETED -> "all tests ran";
            case COMPILE_ERROR -> "COMPILE ERROR";
            case TIMEOUT -> "TIMEOUT";
            case OUT_OF_MEMORY -> "OUT OF MEMORY";
            case OUTPUT_LIMIT -> "OUTPUT LIMIT";
            case PROCESS_LIMIT -> "PROCESS LIMIT";
            case CRASHED -> "CRASHED";
            case NOT_SUBMITTED -> "NOT SUBMITTED";
            case REJECTED -> "REJECTED";
            case INTERNAL_ERROR -> "INTERNAL ERROR (not graded)";
        };
        String points = exercise.verdict().graded()
                ? StudentView.points(exercise.earned()) + " / " + StudentView.points(exercise.possible())
                : "- / " + StudentView.points(exercise.possible());
        return "== " + exercise.exercise() + ": " + points + " points, " + verdict;
    }

    /** Student text goes to a terminal: no control characters (escape sequences among them). */
    static String printable(String text) {
        return StudentText.printableLine(text);
    }
}
