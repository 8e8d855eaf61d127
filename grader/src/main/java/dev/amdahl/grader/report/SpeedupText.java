package dev.amdahl.grader.report;

import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grader.scoring.ScalingPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A timed case's speedup as every text report words it: its points, its status in a student's words, a one-line
 * summary of the measurement, and the scaling curve as a small table. The words are ours; the case's name and
 * message are escaped by each report like any other student text.
 */
final class SpeedupText {

    private SpeedupText() {
    }

    /** What the case counts for: nothing when the exercise itself was not graded. */
    static double earned(ExerciseResult exercise, SpeedupResult speedup) {
        return exercise.verdict().graded() ? speedup.earned() : 0;
    }

    /** "3.2 / 4"; "- / 4" while undecided (never a zero); "-" where it cannot be measured and counts nothing. */
    static String points(ExerciseResult exercise, SpeedupResult speedup) {
        if (speedup.status() == SpeedupResult.Status.NOT_APPLICABLE) {
            return "-";
        }
        String possible = StudentView.points(speedup.possible());
        return speedup.needsReview() || !exercise.verdict().graded() ? "- / " + possible
                : StudentView.points(earned(exercise, speedup)) + " / " + possible;
    }

    /** The status for a terminal: the enum's name, and what it means where a student could misread it. */
    static String label(SpeedupResult speedup) {
        return switch (speedup.status()) {
            case SCORED -> "SCORED";
            case INCONCLUSIVE -> "INCONCLUSIVE: needs your instructor — not a zero";
            case NOT_APPLICABLE -> "NOT APPLICABLE: not counted";
            case NOT_TIMED -> "NOT TIMED yet";
            case FAILED -> "FAILED";
            case INTERNAL_ERROR -> "INTERNAL ERROR (not graded)";
        };
    }

    /** The status in words, for prose: "scored", "needs your instructor — not a zero", … */
    static String words(SpeedupResult speedup) {
        return switch (speedup.status()) {
            case SCORED -> "scored";
            case INCONCLUSIVE -> "inconclusive: needs your instructor — not a zero";
            case NOT_APPLICABLE -> "not applicable here: not counted";
            case NOT_TIMED -> "not timed yet";
            case FAILED -> "failed";
            case INTERNAL_ERROR -> "internal error: not graded";
        };
    }

    /** "speedup 3.10 on 4 cores (reference 3.85)" when scored; empty otherwise. */
    static String summary(SpeedupResult speedup) {
        if (speedup.status() != SpeedupResult.Status.SCORED) {
            return "";
        }
        return speedup.measurement().map(m -> "speedup " + times(m.studentSpeedup()) + " on " + m.threads()
                + (m.threads() == 1 ? " core" : " cores") + " (reference " + times(m.referenceSpeedup()) + ")")
                .orElse("");
    }

    /** "speedup at 1, 2, 4 cores:" */
    static String curveTitle(List<ScalingPoint> scaling) {
        return "speedup at " + scaling.stream().map(p -> Integer.toString(p.threads()))
                .collect(Collectors.joining(", ")) + (scaling.size() == 1 && scaling.get(0).threads() == 1
                ? " core:" : " cores:");
    }

    /** The scaling curve as fixed-width text: a header line, then one line per thread count. */
    static List<String> curve(List<ScalingPoint> scaling) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%5s  %10s  %7s  %10s", "cores", "time", "speedup", "efficiency"));
        for (ScalingPoint point : scaling) {
            lines.add(String.format(Locale.ROOT, "%5d  %10s  %7s  %10s", point.threads(), millis(point.millis()),
                    times(point.speedup()), percent(point.efficiency())));
        }
        return lines;
    }

    /** The scaling curve as a Markdown table (right-aligned numbers; nothing in it comes from the student). */
    static String curveTable(List<ScalingPoint> scaling) {
        StringBuilder out = new StringBuilder("| cores | time | speedup | efficiency |\n|---:|---:|---:|---:|\n");
        for (ScalingPoint point : scaling) {
            out.append("| ").append(point.threads()).append(" | ").append(millis(point.millis())).append(" | ")
                    .append(times(point.speedup())).append(" | ").append(percent(point.efficiency())).append(" |\n");
        }
        return out.toString();
    }

    /** The message, then the scaling curve under its title when there is one. */
    static String withCurve(SpeedupResult speedup, String message) {
        if (speedup.scaling().isEmpty()) {
            return message;
        }
        return message + (message.isEmpty() ? "" : "\n\n") + curveTitle(speedup.scaling()) + "\n"
                + String.join("\n", curve(speedup.scaling()));
    }

    static String times(double speedup) {
        return Double.isFinite(speedup) ? String.format(Locale.ROOT, "%.2f", speedup) : "?";
    }

    static String millis(double millis) {
        if (!Double.isFinite(millis)) {
            return "?";
        }
        return String.format(Locale.ROOT, millis < 10 ? "%.1f ms" : "%.0f ms", millis);
    }

    static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.0f %%", 100 * fraction) : "?";
    }
}
