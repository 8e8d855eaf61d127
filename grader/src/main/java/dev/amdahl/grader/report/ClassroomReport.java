package dev.amdahl.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Scores;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The result of a GitHub Classroom runner, as its grading reporter reads it: base64 of a JSON object with
 * {@code version}, {@code status} (pass, fail or error), {@code max_score} and {@code tests}, each with
 * {@code name}, {@code status}, {@code score}, {@code message}, {@code test_code}, {@code filename},
 * {@code line_no} and {@code duration} (milliseconds). The reporter adds up {@code tests[].score}, so
 * every test with points is listed and nothing else, a timed case's speedup among them (status {@code error}
 * while it is undecided). A step's {@code result} output carries it.
 */
final class ClassroomReport implements ReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String render(GradeReport report) {
        return Base64.getEncoder().encodeToString(json(report).toString().getBytes(StandardCharsets.UTF_8));
    }

    static ObjectNode json(GradeReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        root.put("status", !report.complete() ? "error" : report.earned() >= report.possible() ? "pass" : "fail");
        root.put("max_score", report.possible());
        ArrayNode tests = root.putArray("tests");
        for (ExerciseResult exercise : report.exercises()) {
            for (GradedResult result : StudentView.tests(exercise, report.disclosure())) {
                if (result.test().points() == 0) {
                    continue;
                }
                ObjectNode test = tests.addObject();
                test.put("name", Text.cap(Text.printable(exercise.exercise() + ": " + result.test().displayName()), 200));
                test.put("status", !exercise.verdict().graded() ? "error" : result.outcome().earnsPoints() ? "pass" : "fail");
                test.put("score", exercise.verdict().graded()
                        ? Scores.round(Scores.counted(result, StudentView.tests(exercise, report.disclosure()))) : 0);
                test.put("message", Text.cap(Text.printable(result.message()), Text.MAX_MESSAGE));
                test.put("test_code", result.test().className() + "#" + result.test().methodName());
                test.put("filename", result.test().className().replace('.', '/') + ".java");
                test.put("line_no", 0);
                test.put("duration", result.durationMillis());
            }
            StyleText.worthShowing(exercise).filter(review -> review.score().possible() > 0).ifPresent(review -> {
                ObjectNode style = tests.addObject();
                style.put("name", exercise.exercise() + ": style (Checkstyle)");
                style.put("status", !exercise.verdict().graded() ? "error"
                        : exercise.styleEarned() >= review.score().possible() ? "pass" : "fail");
                style.put("score", exercise.styleEarned());
                style.put("message", Text.cap(Text.printable(StyleText.summary(exercise, review) + "\n"
                        + String.join("\n", StyleText.findings(review))), Text.MAX_MESSAGE));
                style.put("test_code", "checkstyle");
                style.put("filename", review.sourceFolder());
                style.put("line_no", 0);
                style.put("duration", 0);
            });
            for (SpeedupResult speedup : exercise.speedups()) {
                if (speedup.possible() == 0) {
                    continue; // not counted here (one core): like a test without points
                }
                double earned = SpeedupText.earned(exercise, speedup);
                ObjectNode test = tests.addObject();
                test.put("name", Text.cap(Text.printable(exercise.exercise() + ": speedup: " + speedup.name()), 200));
                test.put("status", !exercise.verdict().graded() || speedup.needsReview() ? "error"
                        : earned >= speedup.possible() ? "pass" : "fail");
                test.put("score", earned);
                test.put("message", Text.printable(SpeedupText.withCurve(speedup,
                        Text.cap(speedup.message(), Text.MAX_MESSAGE))));
                test.put("test_code", "speedup " + speedup.caseClass());
                test.put("filename", speedup.caseClass().replace('.', '/') + ".java");
                test.put("line_no", 0);
                test.put("duration", 0);
            }
        }
        if (report.latePenalty() > 0) {
            // The reporter adds up the tests' scores, so lateness is a test of its own.
            ObjectNode late = tests.addObject();
            late.put("name", "Late penalty");
            late.put("status", "fail");
            late.put("score", -report.latePenalty());
            late.put("message", StudentView.lateness(report));
            late.put("test_code", "");
            late.put("filename", "");
            late.put("line_no", 0);
            late.put("duration", 0);
        }
        return root;
    }
}
