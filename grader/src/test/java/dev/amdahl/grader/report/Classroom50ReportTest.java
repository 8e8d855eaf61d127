package dev.amdahl.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.TestKind;
import dev.amdahl.grading.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classroom 50's scores: whole points by one stated rule, the exact ones beside them, and nothing it refuses. */
class Classroom50ReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static GradeReport report(Verdict verdict, GradedResult... results) {
        ExerciseResult exercise = new ExerciseResult("processes", verdict, "detail", List.of(results), List.of(),
                Duration.ofSeconds(3));
        return new GradeReport("alice", "1.0", "img", Instant.parse("2026-12-07T10:00:00Z"), List.of(exercise));
    }

    private static GradedResult result(String name, double points, Outcome outcome, String message) {
        return new GradedResult(new PlannedTest("id-" + name, "demo.RunTest", name, name, points), outcome,
                message, 10);
    }

    @Test
    void halfPointsRoundToTheNearestWholePointAndTheExactOnesStay() throws Exception {
        GradeReport report = report(Verdict.COMPLETED, result("two", 2, Outcome.PASSED, ""),
                result("twoAndAHalf", 2.5, Outcome.PASSED, ""), result("three", 3, Outcome.FAILED, "expected 1"),
                result("free", 0, Outcome.PASSED, ""));

        JsonNode json = JSON.readTree(new Classroom50Report().render(report));

        assertThat(Classroom50Contract.scoreViolations(json)).isEmpty();
        assertThat(json.get("score").asLong()).as("4.5 rounds half up").isEqualTo(5);
        assertThat(json.get("max-score").asLong()).as("7.5 rounds half up").isEqualTo(8);
        assertThat(json.get("amdahl-score").asDouble()).isEqualTo(4.5);
        assertThat(json.get("amdahl-max-score").asDouble()).isEqualTo(7.5);
        assertThat(json.get("amdahl-rounding").asText()).contains("halves up");
        assertThat(json.get("tests")).as("only tests with points").hasSize(3);
        JsonNode half = json.get("tests").get(1);
        assertThat(half.get("test-name").asText()).isEqualTo("processes: twoAndAHalf");
        assertThat(half.get("score").asLong()).isEqualTo(3);
        assertThat(half.get("max-score").asLong()).isEqualTo(3);
        assertThat(half.get("amdahl-score").asDouble()).isEqualTo(2.5);
        assertThat(half.get("passed").asBoolean()).isTrue();
        JsonNode failed = json.get("tests").get(2);
        assertThat(failed.get("passed").asBoolean()).isFalse();
        assertThat(failed.get("score").asLong()).isZero();
        assertThat(failed.get("message").asText()).isEqualTo("FAILED: expected 1");
    }

    @Test
    void extraCreditNeverLiftsTheScoreAboveTheMaximum() throws Exception {
        PlannedTest bonus = new PlannedTest("id-bonus", "demo.RunTest", "bonus", "bonus", 2, true, Visibility.VISIBLE,
                TestKind.BEHAVIOUR);
        GradeReport report = report(Verdict.COMPLETED, result("two", 2, Outcome.PASSED, ""),
                new GradedResult(bonus, Outcome.PASSED, "", 1));

        JsonNode json = JSON.readTree(new Classroom50Report().render(report));

        assertThat(Classroom50Contract.scoreViolations(json)).isEmpty();
        assertThat(json.get("score").asLong()).isEqualTo(2);
        assertThat(json.get("max-score").asLong()).isEqualTo(2);
        assertThat(json.get("amdahl-score").asDouble()).as("the exact points keep the extra credit").isEqualTo(4);
    }

    @Test
    void aGradeThatIsNotCompleteIsNotWritten() {
        GradeReport report = report(Verdict.INTERNAL_ERROR, result("two", 2, Outcome.NOT_RUN, "not run"));

        assertThat(new Classroom50Report().refusal(report)).contains("could not be graded");
        assertThat(new Classroom50Report().refusal(report(Verdict.COMPLETED, result("two", 2, Outcome.FAILED, ""))))
                .isNull();
    }

    @Test
    void theCheckerRefusesWhatClassroom50Refuses() throws Exception {
        assertThat(Classroom50Contract.scoreViolations(JSON.readTree("""
                {"schema": "classroom50/result/v1", "score": 1.0, "max-score": 2,
                 "tests": [{"test-name": "", "passed": "yes", "score": 3, "max-score": 2}]}""")))
                .as("a checker that cannot fail proves nothing").hasSize(4);
        assertThat(Classroom50Report.whole(0.49)).isZero();
        assertThat(Classroom50Report.whole(0.5)).isEqualTo(1);
        assertThat(Classroom50Report.whole(28.75)).isEqualTo(29);
    }
}
