package dev.amdahl.grader.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.amdahl.grader.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exported workflow is valid YAML, every action it uses is pinned by commit to a release that runs on Node 24
 * and is given only the inputs that action declares (their action.yml files are kept as test data), with every
 * required one; and nothing of GitHub Classroom, which was retired, is left in it.
 */
class ClassroomWorkflowTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String HASH = "ab".repeat(32);

    private final JsonNode workflow = parse(ClassroomWorkflow.render(
            List.of("exercises/processes/src/test", "exercises/pipes/src/test"), HASH));

    @Test
    void theWorkflowHasOneJobThatReadsTheRepositoryOnly() {
        assertThat(workflow.path("name").asText()).isEqualTo("Autograding Tests");
        assertThat(workflow.path("jobs").size()).as("Classroom reads a workflow with one job").isEqualTo(1);
        assertThat(workflow.path("jobs").has("run-autograding-tests")).isTrue();
        assertThat(texts(workflow.path("on"))).contains("push");
        assertThat(workflow.path("permissions").path("contents").asText()).isEqualTo("read");
        assertThat(workflow.path("permissions").size()).as("no other permission").isEqualTo(1);
    }

    @Test
    void everyActionGetsOnlyInputsItDeclaresAndEveryRequiredOne() throws IOException {
        List<String> used = new ArrayList<>();
        for (JsonNode step : steps()) {
            if (!step.has("uses")) {
                continue;
            }
            String uses = step.path("uses").asText();
            assertThat(uses).as("actions are pinned by commit").matches("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}");
            String action = uses.substring(0, uses.indexOf('@'));
            used.add(action);
            JsonNode inputs = actionYml(action).path("inputs");
            assertThat(inputs.isObject()).as("%s declares its inputs", action).isTrue();
            for (Map.Entry<String, JsonNode> given : step.path("with").properties()) {
                assertThat(inputs.has(given.getKey())).as("%s has an input %s", action, given.getKey()).isTrue();
            }
            for (Map.Entry<String, JsonNode> input : inputs.properties()) {
                if (input.getValue().path("required").asBoolean(false) && !input.getValue().has("default")) {
                    assertThat(step.path("with").has(input.getKey()))
                            .as("%s needs its required input %s", action, input.getKey()).isTrue();
                }
            }
        }
        assertThat(used).containsExactly("actions/checkout", "actions/setup-java");
    }

    @Test
    void theActionsAreTheNode24ReleasesThatTheCoursesOwnCiUses() throws IOException {
        // Node 20 left GitHub's runners on 16 September 2026; checkout v7 and setup-java v5 run on Node 24.
        String text = ClassroomWorkflow.render(List.of("exercises/processes/src/test"), HASH);
        String checkout = "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1";
        String setupJava = "actions/setup-java@dded0888837ed1f317902acf8a20df0ad188d165 # v5.0.0";
        assertThat(text).contains(checkout).contains(setupJava);
        String ownCi = Files.readString(Repository.root().resolve(".github/workflows/ci.yml"));
        assertThat(ownCi).contains(checkout).contains(setupJava);
    }

    @Test
    void thePointsStepWritesTheSummaryAndNoResultTravelsThroughAnEnvironmentVariable() {
        // GitHub Classroom's reporter read the whole result from one variable, which Linux refuses above 128 KiB.
        JsonNode points = step("Points");
        assertThat(points.path("run").asText()).contains("dev.amdahl.grading.classroom.ClassroomFeedback")
                .contains("--summary \"$GITHUB_STEP_SUMMARY\"");
        for (JsonNode step : steps()) {
            assertThat(step.path("env").toString()).as(step.path("name").asText()).doesNotContain("outputs.");
        }
        assertThat(ClassroomWorkflow.render(List.of(), HASH)).doesNotContain("github-classroom", "grading-reporter",
                "checks: write");
    }

    @Test
    void noScriptExpandsAnExpressionThatAStudentControls() {
        // ${{ }} inside run: is pasted into the script before it runs: a commit message or branch name there
        // would be a script injection. Values reach scripts through env: only.
        for (JsonNode step : steps()) {
            assertThat(step.path("run").asText()).as(step.path("name").asText()).doesNotContain("${{");
        }
    }

    @Test
    void theManifestHashSitsOnTheOneLineTheWorkflowHashLeavesOut() {
        String text = ClassroomWorkflow.render(List.of("exercises/processes/src/test"), HASH);
        assertThat(step("Compare with the template").path("env").path("TEMPLATE_MANIFEST_SHA256").asText())
                .isEqualTo(HASH);
        assertThat(text.lines().filter(line -> line.contains(HASH)).toList()).singleElement()
                .asString().contains(ClassroomWorkflow.MANIFEST_HASH_KEY);
        assertThat(TemplateManifest.workflowHash(text)).isEqualTo(TemplateManifest.workflowHash(
                ClassroomWorkflow.render(List.of("exercises/processes/src/test"), "cd".repeat(32))));
    }

    private List<JsonNode> steps() {
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").path("run-autograding-tests").path("steps").forEach(steps::add);
        assertThat(steps).isNotEmpty();
        return steps;
    }

    private JsonNode step(String name) {
        return steps().stream().filter(step -> step.path("name").asText().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> texts.add(item.asText()));
        } else {
            node.fieldNames().forEachRemaining(texts::add);
        }
        return texts;
    }

    private static JsonNode actionYml(String action) throws IOException {
        try (InputStream in = ClassroomWorkflowTest.class.getResourceAsStream("actions/" + action + "/action.yml")) {
            assertThat(in).as("test data: the action.yml of " + action).isNotNull();
            return YAML.readTree(in);
        }
    }

    private static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new AssertionError("the workflow is not valid YAML: " + e.getMessage(), e);
        }
    }
}
