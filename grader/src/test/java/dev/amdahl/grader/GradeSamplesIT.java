package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import dev.amdahl.grader.cli.ExitCodes;
import dev.amdahl.grader.cli.Main;
import dev.amdahl.grader.docker.RequiresDocker;
import dev.amdahl.grader.sandbox.DockerEngine;
import dev.amdahl.grader.sandbox.DockerSandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grades real submissions end to end: the command line, a real Docker engine, the JSON it writes. */
@RequiresDocker
class GradeSamplesIT {

    private static final Path REPO = Repository.root();
    private static final Path SAMPLES = REPO.resolve("samples/submissions");
    private static final String SUBPROCESS = "exercises/processes/src/main/java/dev/amdahl/exercises/processes/";

    @TempDir
    Path temp;

    private final StringWriter console = new StringWriter();

    @AfterEach
    void noContainerIsLeftBehind() throws Exception {
        DockerClient docker = DockerEngine.connect();
        try {
            assertThat(docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(DockerSandbox.LABEL, "true")).exec())
                    .as("containers labelled %s=true after grading", DockerSandbox.LABEL).isEmpty();
        } finally {
            docker.close();
        }
    }

    @Test
    void theReferenceSolutionGetsFullMarks() throws Exception {
        JsonNode result = grade(REPO.resolve("solutions"));

        JsonNode processes = exercise(result, "processes");
        assertThat(processes.get("verdict").asText()).isEqualTo("COMPLETED");
        assertThat(processes.get("score").asInt()).isEqualTo(21).isEqualTo(processes.get("maxScore").asInt());
        assertThat(outcomesOf(processes)).containsOnly("PASSED");
        assertThat(console.toString()).contains("Score: 21 / 21");
        assertThat(result.get("sandbox").asText()).matches("amdahl/sandbox:[0-9a-f]{16} \\(sha256:[0-9a-f]{64}\\)");
        assertThat(processes.get("provenance").get("sourcesSha256").asText()).matches("[0-9a-f]{64}");
        assertThat(processes.get("provenance").get("jdk").asText()).startsWith("21");
    }

    @Test
    void theUntouchedSkeletonGetsZero() throws Exception {
        JsonNode processes = exercise(grade(REPO.resolve("exercises")), "processes");

        assertThat(processes.get("verdict").asText()).isEqualTo("COMPLETED");
        assertThat(processes.get("score").asInt()).isZero();
        for (JsonNode test : graded(processes)) {
            assertThat(test.get("outcome").asText()).as(test.get("name").asText()).isEqualTo("FAILED");
            assertThat(test.get("message").asText()).contains("TODO: implement Subprocess");
        }
        assertThat(processes.get("notes").toString()).contains("your own tests are not used");
    }

    @Test
    void aRealisticBugFailsExactlyTheTestThatCoversIt() throws Exception {
        JsonNode processes = exercise(grade(SAMPLES.resolve("kills-only-the-parent")), "processes");

        assertThat(processes.get("score").asInt()).isEqualTo(18);
        List<String> failed = new ArrayList<>();
        for (JsonNode test : graded(processes)) {
            if (!test.get("outcome").asText().equals("PASSED")) {
                failed.add(test.get("method").asText());
                assertThat(test.get("message").asText()).contains("was still running").contains("descendants()");
            }
        }
        assertThat(failed).containsExactly("killsEveryProcessTheProgramStarted");
    }

    @Test
    void aRealGradeIsWrittenInEveryFormatItsConsumersCanRead() throws Exception {
        Path out = temp.resolve("formats");

        grade(SAMPLES.resolve("kills-only-the-parent"), "--format", "json,gradescope,classroom,junit,markdown",
                "--out", out.toString());

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(out.resolve("result.json").toFile()).get("score").asInt()).isEqualTo(18);
        JsonNode gradescope = json.readTree(out.resolve("results.json").toFile());
        assertThat(gradescope.get("score").asInt()).isEqualTo(18);
        assertThat(gradescope.get("tests")).hasSize(12);
        JsonNode classroom = json.readTree(java.util.Base64.getDecoder()
                .decode(Files.readString(out.resolve("classroom-result.b64")).strip()));
        int sum = 0;
        for (JsonNode test : classroom.get("tests")) {
            sum += test.get("score").asInt();
        }
        assertThat(sum).isEqualTo(18);
        assertThat(classroom.get("max_score").asInt()).isEqualTo(21);
        org.w3c.dom.Document junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("junit.xml").toFile());
        assertThat(junit.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("feedback.md"))).contains("**Score: 18 / 21**")
                .contains("| ❌ | a timeout kills the program and every process the program started | 0 / 3 |");
        assertThat(console.toString()).contains("wrote gradescope: ");
    }

    @Test
    void aSubmissionThatNeverFinishesIsATimeoutThatKeepsFinishedTests() throws Exception {
        JsonNode processes = exercise(grade(SAMPLES.resolve("waits-forever"), "--timeout", "20s"), "processes");

        assertThat(processes.get("verdict").asText()).isEqualTo("TIMEOUT");
        List<String> hanging = List.of("killsEveryProcessTheProgramStarted", "stopsAProgramThatRunsTooLong");
        for (JsonNode test : graded(processes)) {
            String outcome = test.get("outcome").asText();
            if (hanging.contains(test.get("method").asText())) {
                assertThat(outcome).as(test.get("method").asText()).isIn("TIMED_OUT", "NOT_RUN");
            } else {
                assertThat(outcome).as(test.get("method").asText()).isEqualTo("PASSED");
            }
        }
        assertThat(processes.get("score").asInt()).isEqualTo(15);
        assertThat(processes.get("detail").asText()).contains("did not finish within 20 s");
    }

    @Test
    void aCompileErrorZerosTheExerciseAndShowsTheCompiler() throws Exception {
        Path submission = copyOf(REPO.resolve("solutions"), "broken");
        Path subprocess = submission.resolve("processes/src/main/java/dev/amdahl/exercises/processes/Subprocess.java");
        Files.writeString(subprocess, Files.readString(subprocess).replace("return communicate(", "return communicat("));

        JsonNode processes = exercise(grade(submission), "processes");

        assertThat(processes.get("verdict").asText()).isEqualTo("COMPILE_ERROR");
        assertThat(processes.get("score").asInt()).isZero();
        assertThat(processes.get("maxScore").asInt()).isEqualTo(21);
        assertThat(processes.get("detail").asText()).contains("dev/amdahl/exercises/processes/Subprocess.java:")
                .contains("error: cannot find symbol");
    }

    @Test
    void aStudentsOwnTestsCannotReplaceTheInstructors() throws Exception {
        Path submission = copyOf(REPO.resolve("exercises"), "forger");
        Path tests = submission.resolve("processes/src/test/java/dev/amdahl/exercises/processes");
        try (Stream<Path> files = Files.list(tests)) {
            for (Path test : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
                String name = test.getFileName().toString().replace(".java", "");
                Files.writeString(test, "package dev.amdahl.exercises.processes;\n"
                        + "class " + name + " { @org.junit.jupiter.api.Test void passes() {} }\n");
            }
        }
        Files.writeString(submission.resolve("processes/src/test/resources/junit-platform.properties"),
                "junit.jupiter.conditions.deactivate=*\n");

        JsonNode processes = exercise(grade(submission), "processes");

        assertThat(processes.get("score").asInt()).isZero();
        assertThat(graded(processes)).hasSize(12);
    }

    @Test
    void aMissingExerciseIsNotSubmittedAndGradingStillWorks() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("empty-handed/exercises"));

        JsonNode processes = exercise(grade(submission.getParent()), "processes");

        assertThat(processes.get("verdict").asText()).isEqualTo("NOT_SUBMITTED");
        assertThat(processes.get("score").asInt()).isZero();
    }

    private JsonNode grade(Path submission, String... options) throws Exception {
        Path json = temp.resolve("result-" + System.nanoTime() + ".json");
        List<String> args = new ArrayList<>(List.of("grade", submission.toString(), "--course", REPO.toString(),
                "--json", json.toString()));
        args.addAll(List.of(options));
        StringWriter err = new StringWriter();

        int exitCode = Main.run(new PrintWriter(console, true), new PrintWriter(err, true), args.toArray(String[]::new));

        assertThat(exitCode).as("exit code; stderr: %s; stdout: %s", err, console).isEqualTo(ExitCodes.OK);
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertThat(result.get("complete").asBoolean()).isTrue();
        return result;
    }

    private static JsonNode exercise(JsonNode result, String id) {
        for (JsonNode exercise : result.get("exercises")) {
            if (exercise.get("exercise").asText().equals(id)) {
                return exercise;
            }
        }
        throw new AssertionError("no exercise " + id + " in " + result);
    }

    private static List<JsonNode> graded(JsonNode exercise) {
        List<JsonNode> tests = new ArrayList<>();
        exercise.get("tests").forEach(t -> {
            if (t.get("maxScore").asInt() > 0) {
                tests.add(t);
            }
        });
        return tests;
    }

    private static List<String> outcomesOf(JsonNode exercise) {
        return graded(exercise).stream().map(t -> t.get("outcome").asText()).toList();
    }

    private Path copyOf(Path folder, String name) throws Exception {
        Path copy = temp.resolve(name);
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path source : walk.filter(p -> !p.toString().contains("/target")).toList()) {
                Path target = copy.resolve(folder.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }
}
