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
import dev.amdahl.grading.StudentText;
import dev.amdahl.grading.classroom.RunnerJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Each format's shape, pinned to the fields its consumer documents, and safe whatever the student wrote. */
class ReportFormatsTest {

    private static final String EVIL = "\u0000\u001b[2J<script>alert(1)</script> | `` ``` ]]> & \"q\" \ud800 end";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static GradeReport report(Verdict verdict) {
        PlannedTest passes = new PlannedTest("id-1", "demo.RunTest", "passes", "runs it", 2);
        PlannedTest fails = new PlannedTest("id-2", "demo.RunTest", "fails", "evil " + EVIL, 3);
        PlannedTest free = new PlannedTest("id-3", "demo.RunTest", "free", "no points", 0);
        PlannedTest notRun = new PlannedTest("id-4", "demo.TimeTest", "hangs", "hangs", 5);
        ExerciseResult exercise = new ExerciseResult("processes", verdict, "detail " + EVIL, List.of(
                new GradedResult(passes, Outcome.PASSED, "", 15),
                new GradedResult(fails, Outcome.FAILED, "expected <1> " + EVIL + "x".repeat(5000), 20),
                new GradedResult(free, Outcome.PASSED, "", 1),
                new GradedResult(notRun, Outcome.NOT_RUN, "not run: time", 0)),
                List.of(), Duration.ofSeconds(12));
        return new GradeReport("alice", "1.0", "img", Instant.parse("2026-11-24T10:00:00Z"), List.of(exercise));
    }

    @Test
    void gradescopeUsesOnlyItsDocumentedFields() throws Exception {
        JsonNode json = JSON.readTree(new GradescopeReport().render(report(Verdict.COMPLETED)));

        assertThat(names(json)).isSubsetOf(Set.of("score", "execution_time", "output", "output_format",
                "test_output_format", "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests",
                "leaderboard"));
        assertThat(json.get("score").asInt()).isEqualTo(2);
        assertThat(json.get("execution_time").asInt()).isEqualTo(12);
        assertThat(json.get("visibility").asText()).isIn("hidden", "after_due_date", "after_published", "visible");
        assertThat(json.get("tests")).hasSize(3); // tests without points are not listed
        for (JsonNode test : json.get("tests")) {
            assertThat(names(test)).isSubsetOf(Set.of("score", "max_score", "status", "name", "name_format", "number",
                    "output", "output_format", "tags", "visibility", "extra_data"));
            assertThat(test.get("status").asText()).isIn("passed", "failed");
            assertThat(test.get("output").asText().length()).isLessThan(Text.MAX_MESSAGE + 200);
            assertThat(test.get("name").asText()).doesNotContain("\u0000", "\u001b");
        }
        assertThat(json.get("tests").get(0).get("number").asText()).isEqualTo("1.1");
        assertThat(json.get("tests").get(1).get("status").asText()).isEqualTo("failed");
    }

    @Test
    void gradescopeMatchesAStrictSchemaOfItsFields() {
        assertThat(Schemas.gradescopeViolations(new GradescopeReport().render(report(Verdict.COMPLETED)))).isEmpty();
        assertThat(Schemas.gradescopeViolations("{\"score\": 1, \"tests\": [{\"name\": \"x\", \"status\": \"ok\"}]}"))
                .as("the schema is strict").isNotEmpty();
        assertThat(Schemas.gradescopeViolations("{\"score\": 1, \"grade\": 2}")).isNotEmpty();
    }

    @Test
    void gradescopeIsNotWrittenForAnIncompleteGrade() {
        assertThat(new GradescopeReport().refusal(report(Verdict.INTERNAL_ERROR))).contains("not written");
        assertThat(new GradescopeReport().refusal(report(Verdict.COMPLETED))).isNull();
    }

    @Test
    void classroomIsBase64OfTheRunnerJsonTheReporterReads() throws Exception {
        String base64 = new ClassroomRunnerReport().render(report(Verdict.COMPLETED));
        JsonNode json = JSON.readTree(Base64.getDecoder().decode(base64));

        assertThat(names(json)).containsExactlyInAnyOrder("version", "status", "max_score", "tests");
        assertThat(json.get("status").asText()).isEqualTo("fail");
        assertThat(json.get("max_score").asInt()).isEqualTo(10);
        int sum = 0;
        for (JsonNode test : json.get("tests")) {
            assertThat(names(test)).containsExactlyInAnyOrder("name", "status", "score", "message", "test_code",
                    "filename", "line_no", "duration");
            assertThat(test.get("status").asText()).isIn("pass", "fail", "error");
            sum += test.get("score").asInt();
        }
        assertThat(sum).as("the reporter adds up tests[].score").isEqualTo(2);
        assertThat(JSON.readTree(Base64.getDecoder().decode(new ClassroomRunnerReport().render(report(Verdict.INTERNAL_ERROR))))
                .get("status").asText()).isEqualTo("error");
    }

    @Test
    void classroomCutsMessagesAsTheFeedbackInAStudentsRepositoryDoes() throws Exception {
        JsonNode json = JSON.readTree(Base64.getDecoder().decode(new ClassroomRunnerReport().render(
                report(Verdict.COMPLETED))));

        String message = json.get("tests").get(1).get("message").asText();
        assertThat(message).startsWith("expected <1> ??[2J<script>").endsWith(StudentText.CUT)
                .hasSize(RunnerJson.MAX_MESSAGE_CHARS);
    }

    @Test
    void junitXmlParsesAndCountsWhatHappened() throws Exception {
        String xml = new JunitXmlReport().render(report(Verdict.COMPLETED));
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("processes");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(document.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        assertThat(document.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(((Element) document.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .contains("<script>").doesNotContain("\u0000");
    }

    @Test
    void markdownKeepsStudentTextInsideItsCellsAndBlocks() {
        String markdown = new MarkdownReport().render(report(Verdict.COMPLETED));

        assertThat(markdown).contains("**Score: 2 / 10**").contains("## processes: 2 / 10 (completed)")
                .contains("| ✅ | runs it | 2 / 2 |")
                .contains("&lt;script&gt;")
                .doesNotContain("\u0000", "\u001b");
        for (String line : markdown.lines().filter(l -> l.startsWith("| ")).toList()) {
            assertThat(line).as("HTML is live in a table cell").doesNotContain("<script>");
            assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count())
                    .as("cells in: %s", line).isEqualTo(5);
        }
        assertThat(markdown).contains("````text"); // longer than any run of backticks in the detail
    }

    @Test
    void writesEachFormatWholeIntoTheFolder(@TempDir Path folder) throws Exception {
        List<String> lines = Reports.write(report(Verdict.COMPLETED), EnumSet.allOf(ReportFormat.class), folder);

        assertThat(lines).hasSize(ReportFormat.values().length);
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(folder.resolve(format.fileName())).isNotEmptyFile();
        }
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".partial"))).isEmpty();
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
