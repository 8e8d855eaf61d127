package dev.amdahl.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Scores;
import dev.amdahl.grading.StudentText;
import java.util.List;

/**
 * The scored part of Classroom 50's {@code result.json} (schema {@value #SCHEMA}): {@code score}, {@code max-score}
 * and one entry per test with points ({@code test-name}, {@code passed}, {@code score}, {@code max-score}), style
 * and counted speedups included. The exported {@code autograder.py} adds the submission's identity (classroom,
 * assignment, tag, links), which the runner gives it, and writes the whole as {@code ./result.json}.
 *
 * <p>Classroom 50 takes whole points only (its collector refuses {@code 1.5}, and {@code 1.0} too). Every score is
 * therefore rounded to the nearest whole point, halves up ({@link #whole}), never above its maximum; the exact points
 * stay beside each in {@code amdahl-score} and {@code amdahl-max-score}, which Classroom 50 keeps as they are. A grade
 * that is not complete (an exercise we could not grade, a speedup a human must decide) is not written: the autograder
 * then exits with an error, and Classroom 50 shows an error instead of a score that may be wrong.
 */
final class Classroom50Report implements ReportWriter {

    /** The schema Classroom 50's runner and collector check. */
    static final String SCHEMA = "classroom50/result/v1";
    /** What the rounding does, in the words the feedback uses. */
    static final String ROUNDING = "Classroom 50 counts whole points: each score is rounded to the nearest whole "
            + "point, halves up; the exact points are in amdahl-score.";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String refusal(GradeReport report) {
        return report.complete() ? null : "not written: some exercise could not be graded (or its speedup needs a "
                + "human), and Classroom 50 would record a partial score as the grade";
    }

    @Override
    public String render(GradeReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        long possible = whole(report.possible());
        root.put("score", Math.min(whole(report.earned()), possible));
        root.put("max-score", possible);
        root.put("amdahl-score", report.earned());
        root.put("amdahl-max-score", report.possible());
        root.put("amdahl-rounding", ROUNDING);
        ArrayNode tests = root.putArray("tests");
        for (ExerciseResult exercise : report.exercises()) {
            boolean graded = exercise.verdict().graded();
            List<GradedResult> shown = StudentView.tests(exercise, report.disclosure());
            for (GradedResult result : shown) {
                if (result.test().points() == 0) {
                    continue; // Classroom 50 adds up what counts
                }
                double counted = graded ? Scores.round(Scores.counted(result, shown)) : 0;
                add(tests, exercise.exercise() + ": " + result.test().displayName(), counted,
                        result.test().points(), result.outcome() + (result.message().isEmpty() ? ""
                                : ": " + result.message()));
            }
            StyleText.worthShowing(exercise).filter(review -> review.score().possible() > 0).ifPresent(review ->
                    add(tests, exercise.exercise() + ": style (Checkstyle)", exercise.styleEarned(),
                            review.score().possible(), StyleText.summary(exercise, review)));
            for (SpeedupResult speedup : exercise.speedups()) {
                if (speedup.possible() > 0) {
                    add(tests, exercise.exercise() + ": speedup: " + speedup.name(),
                            SpeedupText.earned(exercise, speedup), speedup.possible(), speedup.message());
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void add(ArrayNode tests, String name, double earned, double possible, String message) {
        ObjectNode test = tests.addObject();
        long max = whole(possible);
        test.put("test-name", StudentText.cut(StudentText.printableLines(name), 200));
        test.put("passed", earned >= possible);
        test.put("score", Math.min(whole(earned), max));
        test.put("max-score", max);
        test.put("amdahl-score", Scores.round(earned));
        test.put("amdahl-max-score", Scores.round(possible));
        test.put("message", StudentText.cut(StudentText.printableLines(message), Text.MAX_MESSAGE));
    }

    /** {@code points} as whole points: the nearest, halves up; never below 0. */
    static long whole(double points) {
        return Math.max(0, (long) Math.floor(Scores.round(points) + 0.5));
    }
}
