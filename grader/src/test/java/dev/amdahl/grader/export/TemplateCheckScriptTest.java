package dev.amdahl.grader.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.amdahl.grader.io.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow's step "Compare with the template", run here with bash as GitHub runs it ({@code bash -e -o
 * pipefail}), in a small template: it says nothing when the files are the template's, and names each test, build
 * file, hash list or workflow that differs, and each test file that was added. It never fails the job.
 */
class TemplateCheckScriptTest {

    private static final List<String> TEST_FOLDERS = List.of("exercises/alpha/src/test");

    @TempDir
    Path template;

    @BeforeEach
    void writeTemplate() throws IOException {
        write("pom.xml", "<project/>\n");
        write("grading-api/src/main/java/Points.java", "class Points {}\n");
        write("exercises/alpha/src/test/java/AlphaTest.java", "class AlphaTest {}\n");
        write("exercises/alpha/src/main/java/Alpha.java", "class Alpha { /* TODO */ }\n");
        write("exercises/suite/src/test/java/StudentsOwn.java", "class StudentsOwn {}\n");
        write("README.md", "# Hello\n");
        write(ClassroomWorkflow.PATH, ClassroomWorkflow.render(TEST_FOLDERS, "0".repeat(64)));
        TemplateManifest manifest = TemplateManifest.of(template,
                path -> TemplateFiles.compared(path, TEST_FOLDERS), ClassroomWorkflow.PATH);
        write(TemplateManifest.PATH, manifest.render());
        write(ClassroomWorkflow.PATH, ClassroomWorkflow.render(TEST_FOLDERS,
                Hashes.sha256(manifest.render().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theTemplateAsExportedDiffersInNothing() throws Exception {
        assertThat(runCheck()).isEmpty();
    }

    @Test
    void theStudentsOwnWorkAndReadmesAreNotChecked() throws Exception {
        write("exercises/alpha/src/main/java/Alpha.java", "class Alpha { int solved() { return 42; } }\n");
        write("exercises/alpha/src/main/java/Helper.java", "class Helper {}\n");
        write("exercises/suite/src/test/java/MoreOfTheirOwn.java", "class MoreOfTheirOwn {}\n");
        write("README.md", "# My notes\n");
        assertThat(runCheck()).isEmpty();
    }

    @Test
    void anEditedTestIsNamed() throws Exception {
        write("exercises/alpha/src/test/java/AlphaTest.java", "class AlphaTest { /* always green */ }\n");
        assertThat(runCheck()).containsExactly("- exercises/alpha/src/test/java/AlphaTest.java was changed or removed");
    }

    @Test
    void aRemovedBuildFileAndAnEditedGradingApiAreNamed() throws Exception {
        Files.delete(template.resolve("pom.xml"));
        write("grading-api/src/main/java/Points.java", "class Points { /* full marks */ }\n");
        assertThat(runCheck()).containsExactlyInAnyOrder("- pom.xml was changed or removed",
                "- grading-api/src/main/java/Points.java was changed or removed");
    }

    @Test
    void anAddedTestFileIsNamed() throws Exception {
        write("exercises/alpha/src/test/java/Extra.java", "class Extra {}\n");
        assertThat(runCheck()).containsExactly("- exercises/alpha/src/test/java/Extra.java is not in the template");
    }

    @Test
    void anEditedWorkflowIsNamed() throws Exception {
        Path workflow = template.resolve(ClassroomWorkflow.PATH);
        write(ClassroomWorkflow.PATH, Files.readString(workflow).replace("timeout-minutes: 30", "timeout-minutes: 5"));
        assertThat(runCheck()).containsExactly("- " + ClassroomWorkflow.PATH + " was changed");
    }

    @Test
    void aHashListEditedToHideAChangeIsNamed() throws Exception {
        write("exercises/alpha/src/test/java/AlphaTest.java", "class AlphaTest { /* always green */ }\n");
        Path manifest = template.resolve(TemplateManifest.PATH);
        String newHash = Hashes.sha256("class AlphaTest { /* always green */ }\n".getBytes(StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(manifest).stream()
                .map(line -> line.endsWith("AlphaTest.java") ? newHash + line.substring(64) : line).toList();
        Files.write(manifest, lines);
        assertThat(runCheck()).containsExactly("- " + TemplateManifest.PATH + " (the template's hashes) was changed");
    }

    @Test
    void aMissingHashListIsNamedAndTheJobGoesOn() throws Exception {
        Files.delete(template.resolve(TemplateManifest.PATH));
        assertThat(runCheck()).containsExactly("- " + TemplateManifest.PATH + " (the template's hashes) is missing");
    }

    /** Runs the step's script as GitHub would; returns the lines of its report. */
    private List<String> runCheck() throws Exception {
        JsonNode step = null;
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(
                Files.readString(template.resolve(ClassroomWorkflow.PATH)));
        for (JsonNode candidate : workflow.path("jobs").path("run-autograding-tests").path("steps")) {
            if (candidate.path("name").asText().equals("Compare with the template")) {
                step = candidate;
            }
        }
        assertThat(step).as("the workflow has the step").isNotNull();
        Path script = Files.writeString(template.resolveSibling(template.getFileName() + "-check.sh"),
                step.path("run").asText());
        ProcessBuilder bash = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
                .directory(template.toFile()).redirectErrorStream(true);
        bash.environment().put("TEMPLATE_MANIFEST_SHA256", step.path("env").path("TEMPLATE_MANIFEST_SHA256").asText());
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("the step never fails the job:\n%s", output).isZero();
        List<String> report = Files.readAllLines(template.resolve("target/amdahl-template-check.txt"));
        for (String line : report) {
            assertThat(output).as("each difference is also a warning annotation")
                    .contains("::warning title=Differs from the template::" + line.substring(2));
        }
        return report;
    }

    private void write(String relative, String text) throws IOException {
        Path file = template.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
