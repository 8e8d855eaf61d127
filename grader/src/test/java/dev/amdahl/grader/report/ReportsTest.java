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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    private static final PlannedTest RUNS = new PlannedTest("[engine:junit-jupiter]/[method:runs()]", "demo.T", "runs",
            "runs \u001b[31mred\u001b[0m", 4);
    private static final PlannedTest WAITS = new PlannedTest("id-waits", "demo.T", "waits", "waits", 6);

    private static GradeReport report(Verdict verdict) {
        ExerciseResult exercise = new ExerciseResult("processes", verdict, "", List.of(
                new GradedResult(RUNS, Outcome.PASSED, "", 12),
                new GradedResult(WAITS, Outcome.FAILED, "expected <1> but was <2>", 30)),
                List.of("pom.xml: ignored"), Duration.ofSeconds(9),
                new ExerciseResult.Provenance("ab12", "21.0.13 (Debian)"), java.util.Optional.empty());
        return new GradeReport("sub/alice", "1.2.3", "amdahl/sandbox:abc", Instant.parse("2026-11-24T10:00:00Z"),
                List.of(exercise));
    }

    @Test
    void consoleShowsVerdictTableAndTotalWithoutControlCharacters() {
        String text = ConsoleReport.render(report(Verdict.COMPLETED));

        assertThat(text).contains("== processes: 4 / 10 points, all tests ran")
                .contains("PASSED      4 / 4  runs ?[31mred?[0m")
                .contains("expected <1> but was <2>")
                .contains("note: pom.xml: ignored")
                .contains("Score: 4 / 10")
                .doesNotContain("\u001b");
    }

    @Test
    void reportFilesAreReadableByOthersLikeAnyFileTheyHandOn(@TempDir Path temp) throws Exception {
        Path json = temp.resolve("result.json");
        JsonReport.write(report(Verdict.COMPLETED), json);
        Reports.write(report(Verdict.COMPLETED), java.util.EnumSet.allOf(ReportFormat.class), temp.resolve("out"));

        assertThat(Files.getPosixFilePermissions(json)).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        try (var files = Files.list(temp.resolve("out"))) {
            assertThat(files.toList()).hasSize(ReportFormat.values().length).allSatisfy(file -> assertThat(
                    Files.getPosixFilePermissions(file)).as(file.toString())
                    .isEqualTo(PosixFilePermissions.fromString("rw-r--r--")));
        }
    }

    @Test
    void anInternalErrorIsNeverShownAsTheStudentsZero() {
        String text = ConsoleReport.render(report(Verdict.INTERNAL_ERROR));

        assertThat(text).contains("- / 10 points, INTERNAL ERROR (not graded)").contains("Score: incomplete");
    }

    @Test
    void jsonHasTheDocumentedShape(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("out/result.json");

        JsonReport.write(report(Verdict.COMPLETED), file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(json.get("score").asInt()).isEqualTo(4);
        assertThat(json.get("maxScore").asInt()).isEqualTo(10);
        assertThat(json.get("complete").asBoolean()).isTrue();
        assertThat(json.get("gradedAt").asText()).isEqualTo("2026-11-24T10:00:00Z");
        JsonNode exercise = json.get("exercises").get(0);
        assertThat(exercise.get("verdict").asText()).isEqualTo("COMPLETED");
        assertThat(exercise.get("provenance").get("sourcesSha256").asText()).isEqualTo("ab12");
        assertThat(exercise.get("provenance").get("jdk").asText()).isEqualTo("21.0.13 (Debian)");
        JsonNode test = exercise.get("tests").get(1);
        assertThat(test.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(test.get("score").asInt()).isZero();
        assertThat(test.get("maxScore").asInt()).isEqualTo(6);
        assertThat(test.get("message").asText()).isEqualTo("expected <1> but was <2>");
        assertThat(exercise.get("tests").get(0).get("name").asText()).isEqualTo("runs \u001b[31mred\u001b[0m");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no partial file left behind
        }
    }
}
