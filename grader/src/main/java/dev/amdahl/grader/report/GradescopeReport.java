package dev.amdahl.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amdahl.grader.scoring.Disclosure;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.StudentText;
import dev.amdahl.grading.TestKind;
import dev.amdahl.grading.Visibility;
import java.util.Locale;

/**
 * Gradescope's {@code results.json} (autograder specification): a score, the execution time, an output for
 * the whole submission and one entry per test with {@code name}, {@code number}, {@code score},
 * {@code max_score}, {@code status}, {@code output}, {@code tags} and {@code visibility}; a timed case is one
 * more test, "Speedup: NAME". Every test, style and speedup included, is "passed" exactly with full marks. A
 * grade that is not complete (our fault) is not written: Gradescope then shows an autograder failure rather than
 * a wrong score.
 */
final class GradescopeReport implements ReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String refusal(GradeReport report) {
        return report.complete() ? null
                : "not written: some exercise could not be graded, and Gradescope would show a partial score as final";
    }

    @Override
    public String render(GradeReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("score", report.earned());
        root.put("execution_time", report.exercises().stream().mapToLong(e -> e.wallTime().toSeconds()).sum());
        root.put("output", StudentText.cut(StudentText.printableLines(summary(report)), 20 * Text.MAX_MESSAGE));
        root.put("output_format", "text");
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        int exerciseNumber = 0;
        for (ExerciseResult exercise : report.exercises()) {
            exerciseNumber++;
            int testNumber = 0;
            for (GradedResult result : exercise.tests()) {
                if (result.test().points() == 0) {
                    continue; // Gradescope lists what counts
                }
                testNumber++;
                ObjectNode test = tests.addObject();
                test.put("name", StudentText.printableLines(exercise.exercise() + ": " + result.test().displayName()));
                test.put("number", exerciseNumber + "." + testNumber);
                double counted = exercise.counted(result);
                test.put("score", counted);
                // Gradescope's extra credit: a score above a max_score of 0.
                test.put("max_score", result.test().maxPoints());
                // The status follows the points, so a passing rule that does not count yet is not shown as passed.
                test.put("status", status(counted, result.test().points()));
                String waiting = result.outcome().earnsPoints() && counted == 0
                        && result.test().kind() == TestKind.STRUCTURE ? " (counts once a behaviour test passes)" : "";
                String output = result.outcome() + waiting
                        + (result.message().isEmpty() ? "" : ": " + result.message());
                test.put("output", StudentText.cut(StudentText.printableLines(output), Text.MAX_MESSAGE));
                ArrayNode tags = test.putArray("tags").add(exercise.exercise())
                        .add(result.test().kind().name().toLowerCase(Locale.ROOT));
                if (result.test().extraCredit()) {
                    tags.add("extra-credit");
                }
                test.put("visibility", visibility(result.test().visibility(), report.disclosure()));
            }
            StyleText.worthShowing(exercise).ifPresent(review -> {
                ObjectNode style = tests.addObject();
                style.put("name", exercise.exercise() + ": style (Checkstyle)");
                style.put("score", exercise.styleEarned());
                style.put("max_score", review.score().possible());
                style.put("status", status(exercise.styleEarned(), review.score().possible()));
                style.put("output", StudentText.cut(StudentText.printableLines(StyleText.summary(exercise, review)
                        + "\n" + String.join("\n", StyleText.findings(review))), 10 * Text.MAX_MESSAGE));
                style.putArray("tags").add(exercise.exercise()).add("style");
                style.put("visibility", "visible");
            });
            for (SpeedupResult speedup : exercise.speedups()) {
                testNumber++;
                ObjectNode test = tests.addObject();
                test.put("name", StudentText.cut(StudentText.printableLines("Speedup: " + speedup.name()), 200));
                test.put("number", exerciseNumber + "." + testNumber);
                double earned = SpeedupText.earned(exercise, speedup);
                test.put("score", earned);
                test.put("max_score", speedup.possible());
                test.put("status", status(earned, speedup.possible()));
                test.put("output", StudentText.printableLines(SpeedupText.withCurve(speedup,
                        StudentText.cut(speedup.message(), Text.MAX_MESSAGE))));
                test.putArray("tags").add(exercise.exercise()).add("speedup");
                test.put("visibility", "visible");
            }
        }
        if (report.latePenalty() > 0) {
            ObjectNode late = tests.addObject();
            late.put("name", "Late penalty");
            late.put("score", -report.latePenalty());
            late.put("max_score", 0);
            late.put("status", "failed");
            late.put("output", StudentView.lateness(report));
            late.put("visibility", "visible");
        }
        return root.toPrettyString();
    }

    /** Full marks pass, anything less fails: findings that cost nothing do not fail a test at 2 / 2. */
    static String status(double earned, double possible) {
        return earned >= possible ? "passed" : "failed";
    }

    /**
     * Gradescope shows a test by its own visibility: hidden, after_due_date, after_published or visible.
     * Hidden-suite tests stay "after_published" until the instructor releases them.
     */
    static String visibility(Visibility visibility, Disclosure disclosure) {
        return switch (visibility) {
            case VISIBLE -> "visible";
            case AFTER_DUE_DATE -> "after_due_date";
            case AFTER_RELEASE -> disclosure.hiddenReleased() ? "visible" : "after_published";
            case HIDDEN -> "hidden";
        };
    }

    private static String summary(GradeReport report) {
        StringBuilder out = new StringBuilder();
        for (ExerciseResult exercise : report.exercises()) {
            out.append(exercise.exercise()).append(": ").append(StudentView.points(exercise.earned())).append(" / ")
                    .append(StudentView.points(exercise.possible())).append(" (").append(exercise.verdict())
                    .append(")\n");
            String detail = StudentView.detail(exercise, report.disclosure()); // the output is always visible
            if (!detail.isEmpty()) {
                out.append(detail).append("\n");
            }
        }
        String lateness = StudentView.lateness(report);
        return out + (lateness.isEmpty() ? "" : lateness + "\n");
    }
}
