package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.export.ClassroomWorkflow;
import dev.amdahl.grader.export.TemplateExport;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.testrun.ExpectedTests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's end-to-end test of the student template: exported from this course, it builds on its own with
 * {@code mvn -q test}, fails the skeleton's tests and prints the points tables; the workflow's steps find the
 * template unchanged and report the points in the runner JSON GitHub Classroom reads; a solved exercise raises them.
 */
class TemplateExportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOTAL = Pattern.compile("TOTAL\\s+(\\d+(?:\\.\\d+)?) / (\\d+(?:\\.\\d+)?)");

    @TempDir
    static Path exported;

    static Path template;

    @TempDir
    Path temp;

    @BeforeAll
    static void exportTheTemplate() throws Exception {
        try (ExpectedTests expectedTests = new ExpectedTests(false)) {
            template = TemplateExport.export(Course.load(Repository.root()), expectedTests,
                    exported.resolve("template"), false).target();
        }
    }

    @Test
    void theTemplateBuildsFailsTheSkeletonReportsItsPointsAndTheyRiseWhenAnExerciseIsSolved() throws Exception {
        Path copy = temp.resolve("student");
        Folders.copy(template, copy);
        for (String instructorOnly : List.of("solutions", "hidden", "planted-bugs", "grader", "sandbox-runner",
                "samples", "bench", "docs")) {
            assertThat(copy.resolve(instructorOnly)).as("instructor-only %s", instructorOnly).doesNotExist();
        }
        assertThat(workflowStep(copy, "Compare with the template", "target/amdahl-template-check.txt"))
                .as("the exported template is the template").isEmpty();

        Run skeleton = maven(copy, "-q", "test");
        assertThat(skeleton.exitCode()).as("the skeleton fails its tests:\n%s", skeleton.output()).isNotZero();
        assertThat(skeleton.output()).contains("Points for processes")
                .contains("FAILED      0 / 2  run captures what the program printed on stdout")
                .contains("TODO: implement Subprocess.run(command)")
                .contains("TOTAL      0 / 33")
                .contains("Points for pipes", "Points for threadpools", "Points for mapreduce", "Points for latency",
                        "Points for vectorization");
        JsonNode before = classroomResult(copy);
        assertThat(before.path("status").asText()).isEqualTo("fail");
        assertThat(scoreSum(before)).as("what Classroom adds up is what the tables show")
                .isEqualTo(tableSum(skeleton.output(), 1));
        double maxScore = before.path("max_score").asDouble();
        assertThat(maxScore).isEqualTo(tableSum(skeleton.output(), 2));
        assertThat(before.path("tests")).allSatisfy(test -> assertThat(test.path("status").asText()).isIn("fail",
                "pass"));

        Path latency = copy.resolve("exercises/latency/src/main/java");
        Folders.delete(latency);
        Folders.copy(Repository.root().resolve("solutions/latency/src/main/java"), latency);
        Run solved = maven(copy, "-q", "test", "-pl", "exercises/latency", "-am");
        assertThat(solved.exitCode()).as(solved.output()).isZero();
        assertThat(solved.output()).contains("Points for latency").contains("TOTAL     27 / 27");

        JsonNode after = classroomResult(copy);
        assertThat(scoreSum(after)).as("the points rise by latency's 27").isEqualTo(scoreSum(before) + 27);
        assertThat(after.path("max_score").asDouble()).isEqualTo(maxScore);
        List<JsonNode> latencyTests = new ArrayList<>();
        after.path("tests").forEach(test -> {
            if (test.path("name").asText().startsWith("latency: ")) {
                latencyTests.add(test);
            }
        });
        assertThat(latencyTests).isNotEmpty().allSatisfy(test -> assertThat(test.path("status").asText())
                .isEqualTo("pass"));
        String summary = Files.readString(copy.resolve("target/summary.md"));
        assertThat(summary).contains("Points: ").contains("latency").contains("feedback");
    }

    /** Item 3 of the timing issue: a student times their own parallel version, with the README's command. */
    @Test
    void aStudentTimesTheirOwnParallelVersionWithOneCommand() throws Exception {
        Path copy = temp.resolve("student");
        Folders.copy(template, copy);
        String timer = "-Dspeedup=PrimeCountingSpeedup --size 20000 --trials 3";
        List<String> command = List.of("-q", "-pl", "exercises/threadpools", "-am", "test-compile", "exec:exec",
                timer);

        Run skeleton = maven(copy, command.toArray(String[]::new));
        assertThat(skeleton.output()).as("the skeleton's TODO is named, not timed").contains("not written yet");

        Path threadpools = copy.resolve("exercises/threadpools/src/main/java");
        Folders.delete(threadpools);
        Folders.copy(Repository.root().resolve("solutions/threadpools/src/main/java"), threadpools);
        Run solved = maven(copy, command.toArray(String[]::new));
        assertThat(solved.output()).as(solved.output()).containsIgnoringCase("speedup").contains("this machine")
                .doesNotContain("not written yet");
    }

    /** The workflow's "Points" step, run as GitHub would: the runner JSON of its {@code result} output. */
    private static JsonNode classroomResult(Path copy) throws Exception {
        Path output = copy.resolve("target/github-output.txt");
        Files.deleteIfExists(output);
        Files.deleteIfExists(copy.resolve("target/summary.md"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", "grading-api/target/classes",
                "dev.amdahl.grading.classroom.ClassroomFeedback", "--plan", TemplateExport.PLAN_PATH,
                "--exercises", "exercises", "--template-check", "target/amdahl-template-check.txt",
                "--github-output", output.toString(), "--summary", copy.resolve("target/summary.md").toString())
                .directory(copy.toFile()).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        String line = Files.readAllLines(output).stream().filter(l -> l.startsWith("result=")).findFirst()
                .orElseThrow(() -> new AssertionError("no result= line in the step's output"));
        return JSON.readTree(Base64.getDecoder().decode(line.substring("result=".length())));
    }

    /** Runs a step of the exported workflow's script with bash, as GitHub does; returns the report it wrote. */
    private static List<String> workflowStep(Path copy, String name, String report) throws Exception {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(
                Files.readString(copy.resolve(ClassroomWorkflow.PATH)));
        JsonNode step = null;
        for (JsonNode candidate : workflow.path("jobs").path("run-autograding-tests").path("steps")) {
            if (candidate.path("name").asText().equals(name)) {
                step = candidate;
            }
        }
        assertThat(step).isNotNull();
        Path script = Files.writeString(copy.resolveSibling("step.sh"), step.path("run").asText());
        ProcessBuilder bash = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
                .directory(copy.toFile()).redirectErrorStream(true);
        step.path("env").properties().forEach(env -> bash.environment().put(env.getKey(), env.getValue().asText()));
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return Files.readAllLines(copy.resolve(report));
    }

    private static double scoreSum(JsonNode result) {
        double sum = 0;
        for (JsonNode test : result.path("tests")) {
            sum += test.path("score").asDouble();
        }
        return sum;
    }

    /** The sum over the points tables in {@code output} of their totals' earned (group 1) or possible (2) points. */
    private static double tableSum(String output, int group) {
        double sum = 0;
        Matcher total = TOTAL.matcher(output);
        while (total.find()) {
            sum += Double.parseDouble(total.group(group));
        }
        return sum;
    }

    private record Run(int exitCode, String output) {
    }

    private Run maven(Path copy, String... arguments) throws Exception {
        String mavenHome = System.getProperty("maven.home");
        assertThat(mavenHome).as("maven.home is passed to the test by the build").isNotBlank();
        List<String> command = new ArrayList<>(List.of(Path.of(mavenHome, "bin", "mvn").toString(), "-B", "-o"));
        command.addAll(List.of(arguments));
        String localRepository = System.getProperty("maven.repo.local", "");
        if (!localRepository.isBlank()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        Path log = Files.createTempFile(temp, "maven", ".txt");
        Process maven = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(maven.waitFor(5, TimeUnit.MINUTES)).as("mvn finished").isTrue();
        return new Run(maven.exitValue(), Files.readString(log));
    }
}
