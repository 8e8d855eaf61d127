package dev.amdahl.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.amdahl.grader.style.StyleCategory;
import dev.amdahl.grader.style.StyleFinding;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReportTest {

    private static final String FILE = "exercises/processes/src/main/java/dev/amdahl/exercises/processes/Subprocess.java";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    private static List<String> violations(String sarif) {
        List<Error> errors = schema.validate(sarif, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }

    private static List<SarifReport.Entry> entries() {
        return List.of(
                new SarifReport.Entry(FILE, new StyleFinding("dev/amdahl/exercises/processes/Subprocess.java", 12,
                        5, StyleCategory.NAMING, "MethodName", "Name 'Run' must match pattern '^[a-z][a-zA-Z0-9]*$'.")),
                new SarifReport.Entry(FILE, new StyleFinding("dev/amdahl/exercises/processes/Subprocess.java", 40,
                        0, StyleCategory.FORMATTING, "LineLength", "Line is longer than 120 characters (found 131).")),
                new SarifReport.Entry("exercises/processes/src/main/java/My File#1.java", new StyleFinding(
                        "My File#1.java", 0, 0, StyleCategory.LIKELY_BUGS, "ParseError", "could not be parsed")),
                new SarifReport.Entry(FILE, new StyleFinding("dev/amdahl/exercises/processes/Subprocess.java", 50,
                        9, StyleCategory.NAMING, "MethodName", "Name 'Go' must match pattern '^[a-z][a-zA-Z0-9]*$'.")));
    }

    @Test
    void findingsGiveAValidSarifLog() {
        String sarif = SarifReport.render(entries(), "14.4.0");

        assertThat(violations(sarif)).isEmpty();
    }

    @Test
    void noFindingsGiveAValidLogWithEmptyResults() throws Exception {
        String sarif = SarifReport.render(List.of(), "14.4.0");

        assertThat(violations(sarif)).isEmpty();
        JsonNode run = JSON.readTree(sarif).get("runs").get(0);
        assertThat(run.get("results").isArray()).isTrue();
        assertThat(run.get("results")).isEmpty();
        assertThat(run.get("tool").get("driver").get("rules")).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatGitHubWouldReject() {
        // Proves the validator is awake: a log without its runs is not SARIF.
        assertThat(violations("{\"version\": \"2.1.0\"}")).isNotEmpty();
        assertThat(violations("{\"version\": \"2.0.0\", \"runs\": []}")).isNotEmpty();
    }

    @Test
    void carriesWhatGitHubCodeScanningReads() throws Exception {
        JsonNode log = JSON.readTree(SarifReport.render(entries(), "14.4.0"));

        assertThat(log.get("$schema").asText()).endsWith("sarif-schema-2.1.0.json");
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("Checkstyle (Amdahl)");
        assertThat(driver.get("version").asText()).isEqualTo("14.4.0");
        assertThat(driver.get("informationUri").asText()).isEqualTo("https://checkstyle.org");
        JsonNode rules = driver.get("rules");
        assertThat(rules).extracting(rule -> rule.get("id").asText())
                .containsExactly("LineLength", "MethodName", "ParseError");
        assertThat(rules.get(1).get("shortDescription").get("text").asText()).isEqualTo("Naming: MethodName");
        assertThat(rules.get(1).get("properties").get("tags").get(0).asText()).isEqualTo("Naming");

        JsonNode results = log.get("runs").get(0).get("results");
        assertThat(results).hasSize(4);
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("MethodName");
        assertThat(first.get("ruleIndex").asInt()).isEqualTo(1);
        assertThat(first.get("level").asText()).isEqualTo("warning");
        assertThat(first.get("message").get("text").asText()).isEqualTo(
                "Name 'Run' must match pattern '^[a-z][a-zA-Z0-9]*$'.");
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo(FILE);
        assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(12);
        assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(5);
    }

    @Test
    void unknownColumnsAreLeftOutAndWholeFileFindingsPointAtLineOne() throws Exception {
        JsonNode results = JSON.readTree(SarifReport.render(entries(), "14.4.0")).get("runs").get(0).get("results");

        JsonNode lineLength = results.get(1).get("locations").get(0).get("physicalLocation").get("region");
        assertThat(lineLength.get("startLine").asInt()).isEqualTo(40);
        assertThat(lineLength.has("startColumn")).isFalse();
        JsonNode parseError = results.get(2).get("locations").get(0).get("physicalLocation");
        assertThat(parseError.get("region").get("startLine").asInt()).isEqualTo(1);
        assertThat(parseError.get("region").has("startColumn")).isFalse();
        assertThat(parseError.get("artifactLocation").get("uri").asText())
                .isEqualTo("exercises/processes/src/main/java/My%20File%231.java");
    }

    @Test
    void longMessagesAreCutAndControlCharactersEscaped() throws Exception {
        String message = "x".repeat(5_000) + "\u0007\"</script>";
        String sarif = SarifReport.render(List.of(new SarifReport.Entry("A.java",
                new StyleFinding("A.java", 1, 1, StyleCategory.LIKELY_BUGS, "EmptyStatement", message))), "14.4.0");

        assertThat(violations(sarif)).isEmpty();
        String text = JSON.readTree(sarif).get("runs").get(0).get("results").get(0).get("message").get("text")
                .asText();
        assertThat(text).hasSize(SarifReport.MAX_MESSAGE).endsWith("(cut)");
        assertThat(SarifReport.message("bell\u0007 \"quoted\"")).isEqualTo("bell? \"quoted\"");
    }

    @Test
    void pathsBecomeUriReferences() {
        assertThat(SarifReport.uri("src/main/java/Ünïcode Name.java"))
                .isEqualTo("src/main/java/%C3%9Cn%C3%AFcode%20Name.java");
        assertThat(SarifReport.uri("a\\b:c?.java")).isEqualTo("a/b%3Ac%3F.java");
    }
}
