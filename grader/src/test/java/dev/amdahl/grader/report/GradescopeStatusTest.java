package dev.amdahl.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.StyleReview;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grader.style.CategoryScore;
import dev.amdahl.grader.style.StyleCategory;
import dev.amdahl.grader.style.StyleFinding;
import dev.amdahl.grader.style.StyleScore;
import dev.amdahl.grader.style.Treatment;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.TestKind;
import dev.amdahl.grading.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** In Gradescope's results.json a test is "passed" exactly when it has full marks, and its output says why not. */
class GradescopeStatusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final PlannedTest WORKS = new PlannedTest("id-works", "demo.T", "works", "works", 4);
    private static final PlannedTest STRUCTURE = new PlannedTest("id-rule", "demo.T", "usesProcessBuilder",
            "uses ProcessBuilder", 2, false, Visibility.VISIBLE, TestKind.STRUCTURE);
    private static final PlannedTest BONUS = new PlannedTest("id-bonus", "demo.T", "bonus", "bonus", 1, true,
            Visibility.VISIBLE, TestKind.BEHAVIOUR);

    /** Style at 2 / 2 with a finding in a feedback-only category. */
    private static StyleReview fullStyleWithFeedback() {
        StyleScore score = new StyleScore(2, 2, Map.of(StyleCategory.FORMATTING,
                new CategoryScore(Treatment.FEEDBACK, 1, 0, 0)), List.of(new StyleFinding("demo/Run.java", 3, 1,
                StyleCategory.FORMATTING, "WhitespaceAround", "'{' is not preceded with whitespace.")));
        return new StyleReview(score, "exercises/processes/src/main/java", "10");
    }

    private static StyleReview cleanStyle() {
        return new StyleReview(new StyleScore(2, 2, Map.of(), List.of()), "exercises/processes/src/main/java", "10");
    }

    private static JsonNode render(ExerciseResult exercise) throws Exception {
        return JSON.readTree(new GradescopeReport().render(new GradeReport("alice", "1.0", "img",
                Instant.parse("2026-11-24T10:00:00Z"), List.of(exercise))));
    }

    private static JsonNode test(JsonNode results, String nameEnd) {
        return StreamSupport.stream(results.get("tests").spliterator(), false)
                .filter(t -> t.get("name").asText().endsWith(nameEnd)).findFirst().orElseThrow();
    }

    @Test
    void styleAtFullMarksPassesEvenWithFeedbackOnlyFindings() throws Exception {
        ExerciseResult exercise = new ExerciseResult("processes", Verdict.COMPLETED, "", List.of(
                new GradedResult(WORKS, Outcome.PASSED, "", 1)), List.of(), Duration.ofSeconds(1))
                .withStyle(fullStyleWithFeedback());

        JsonNode style = test(render(exercise), "style (Checkstyle)");

        assertThat(style.get("score").asDouble()).isEqualTo(2);
        assertThat(style.get("status").asText()).isEqualTo("passed");
        assertThat(style.get("output").asText()).contains("Formatting: 1 finding, feedback only");
    }

    @Test
    void styleOfAnEmptyUploadFailsAndSaysWhy() throws Exception {
        ExerciseResult exercise = new ExerciseResult("processes", Verdict.NOT_SUBMITTED, "no code for processes",
                List.of(new GradedResult(WORKS, Outcome.NOT_RUN, "", 0)), List.of(), Duration.ZERO)
                .withStyle(cleanStyle());

        JsonNode style = test(render(exercise), "style (Checkstyle)");

        assertThat(style.get("score").asDouble()).isZero();
        assertThat(style.get("status").asText()).isEqualTo("failed");
        assertThat(style.get("output").asText()).contains("0 / 2 points")
                .contains("style points count once a behaviour test passes");
    }

    @Test
    void aPassingStructureRuleThatDoesNotCountYetFailsAndSaysWhy() throws Exception {
        ExerciseResult exercise = new ExerciseResult("processes", Verdict.COMPLETED, "", List.of(
                new GradedResult(WORKS, Outcome.FAILED, "expected 3", 1),
                new GradedResult(STRUCTURE, Outcome.PASSED, "", 1)), List.of(), Duration.ofSeconds(1));

        JsonNode rule = test(render(exercise), "uses ProcessBuilder");

        assertThat(rule.get("score").asDouble()).isZero();
        assertThat(rule.get("max_score").asDouble()).isEqualTo(2);
        assertThat(rule.get("status").asText()).isEqualTo("failed");
        assertThat(rule.get("output").asText()).contains("counts once a behaviour test passes");
    }

    @Test
    void aStructureRuleThatCountsPasses() throws Exception {
        ExerciseResult exercise = new ExerciseResult("processes", Verdict.COMPLETED, "", List.of(
                new GradedResult(WORKS, Outcome.PASSED, "", 1),
                new GradedResult(STRUCTURE, Outcome.PASSED, "", 1)), List.of(), Duration.ofSeconds(1));

        JsonNode rule = test(render(exercise), "uses ProcessBuilder");

        assertThat(rule.get("score").asDouble()).isEqualTo(2);
        assertThat(rule.get("status").asText()).isEqualTo("passed");
        assertThat(rule.get("output").asText()).doesNotContain("counts once");
    }

    @Test
    void extraCreditPassesWhenEarnedAndFailsWhenNot() throws Exception {
        ExerciseResult earned = new ExerciseResult("processes", Verdict.COMPLETED, "", List.of(
                new GradedResult(WORKS, Outcome.PASSED, "", 1),
                new GradedResult(BONUS, Outcome.PASSED, "", 1)), List.of(), Duration.ofSeconds(1));
        ExerciseResult missed = new ExerciseResult("processes", Verdict.COMPLETED, "", List.of(
                new GradedResult(WORKS, Outcome.PASSED, "", 1),
                new GradedResult(BONUS, Outcome.FAILED, "no bonus", 1)), List.of(), Duration.ofSeconds(1));

        assertThat(test(render(earned), "bonus").get("status").asText()).isEqualTo("passed");
        assertThat(test(render(missed), "bonus").get("status").asText()).isEqualTo("failed");
    }
}
