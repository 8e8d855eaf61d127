package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflow cannot run here, so it is checked statically: it parses, and it runs the same two
 * commands as .ci/run, which the README documents as its test command and main job.
 */
class ProjectCommandsTest {

    private static final Path ROOT = Repository.root();
    private static final String TEST_COMMAND = "bash scripts/test.sh";
    private static final String MAIN_JOB = "bash scripts/grade-samples.sh";

    @Test
    void theWorkflowParsesAndRunsWhatCiRuns() throws Exception {
        JsonNode workflow = new ObjectMapper(new YAMLFactory())
                .readTree(ROOT.resolve(".github/workflows/ci.yml").toFile());

        JsonNode job = workflow.get("jobs").get("test");
        assertThat(job.get("runs-on").asText()).isEqualTo("ubuntu-latest");
        List<String> runs = new ArrayList<>();
        JsonNode testStep = null;
        for (JsonNode step : job.get("steps")) {
            if (step.has("run")) {
                runs.add(step.get("run").asText().strip());
                if (step.get("run").asText().contains(TEST_COMMAND)) {
                    testStep = step;
                }
            }
        }
        assertThat(runs).containsExactly(TEST_COMMAND, MAIN_JOB);
        assertThat(testStep.get("env").get("AMDAHL_DOCKER_REQUIRED").asText()).isEqualTo("true");
        assertThat(job.get("steps").toString()).contains("actions/setup-java").contains("\"java-version\":\"21\"");
    }

    @Test
    void ciRunsTheReadmesCommandsWithDockerRequired() throws Exception {
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        String readme = Files.readString(ROOT.resolve("README.md"));

        assertThat(ci).contains(TEST_COMMAND).contains("export AMDAHL_DOCKER_REQUIRED=true");
        assertThat(readme).contains(TEST_COMMAND).contains(MAIN_JOB);
        assertThat(Files.readString(ROOT.resolve(".github/workflows/ci.yml"))).as("GitHub runs the main job too")
                .contains(TEST_COMMAND).contains(MAIN_JOB);
    }
}
