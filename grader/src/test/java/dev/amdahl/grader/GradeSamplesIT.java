package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grader.docker.RequiresDocker;
import dev.amdahl.grader.report.Schemas;
import dev.amdahl.grader.sandbox.OurContainers;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grades real submissions end to end: the command line, a real Docker engine, the JSON it writes. */
@RequiresDocker
class GradeSamplesIT {

    private static final Path REPO = Repository.root();
    private static final Path SAMPLES = REPO.resolve("samples/submissions");
    private static final Path LATE_POLICY = REPO.resolve("samples/late-policy.properties");
    private static final String SUBPROCESS = "exercises/processes/src/main/java/dev/amdahl/exercises/processes/";

    /**
     * Gradings that two tests read, made once by whichever needs them first: grading the same sample twice took a
     * minute of CI, and told nothing the first grading did not.
     */
    private static final Map<String, Shared> SHARED = new ConcurrentHashMap<>();

    @TempDir
    static Path sharedTemp;

    @TempDir
    Path temp;

    private final StringWriter console = new StringWriter();

    /** A grading's result and what it printed. */
    private record Shared(JsonNode result, String console) {
    }

    @AfterEach
    void noContainerIsLeftBehind() throws Exception {
        assertThat(OurContainers.leftByThisProcess()).as("containers this test's gradings left behind").isEmpty();
    }

    @Test
    void theReferenceSolutionGetsFullMarks() throws Exception {
        JsonNode result = gradeEveryExercise(REPO.resolve("solutions"));

        JsonNode pipes = exercise(result, "pipes");
        assertThat(pipes.get("verdict").asText()).isEqualTo("COMPLETED");
        assertThat(pipes.get("score").asInt()).isEqualTo(25).isEqualTo(pipes.get("maxScore").asInt());
        assertThat(outcomesOf(pipes)).containsOnly("PASSED");
        JsonNode processes = exercise(result, "processes");
        assertThat(processes.get("verdict").asText()).isEqualTo("COMPLETED");
        assertThat(processes.get("score").asInt()).isEqualTo(35).isEqualTo(processes.get("maxScore").asInt());
        assertThat(outcomesOf(processes)).containsOnly("PASSED");
        assertThat(processes.get("style").get("findings")).isEmpty();
        JsonNode threadpools = exercise(result, "threadpools");
        assertThat(threadpools.get("verdict").asText()).isEqualTo("COMPLETED");
        assertThat(threadpools.get("score").asInt()).isEqualTo(29).isEqualTo(threadpools.get("maxScore").asInt());
        assertThat(outcomesOf(threadpools)).containsOnly("PASSED");
        JsonNode mapreduce = exercise(result, "mapreduce");
        assertThat(mapreduce.get("verdict").asText()).isEqualTo("COMPLETED");
        assertThat(mapreduce.get("score").asInt()).isEqualTo(29).isEqualTo(mapreduce.get("maxScore").asInt());
        assertThat(outcomesOf(mapreduce)).containsOnly("PASSED");
        for (String id : new String[] {"latency", "vectorization"}) {
            JsonNode exercise = exercise(result, id);
            assertThat(exercise.get("verdict").asText()).as(id).isEqualTo("COMPLETED");
            assertThat(exercise.get("score").asInt()).as(id).isEqualTo(29)
                    .isEqualTo(exercise.get("maxScore").asInt());
            assertThat(outcomesOf(exercise)).as(id).containsOnly("PASSED");
        }
        JsonNode testing = exercise(result, "testing");
        assertThat(testing.get("score").asInt()).as("the reference suite").isEqualTo(26)
                .isEqualTo(testing.get("maxScore").asInt());
        assertThat(console.toString()).contains("Score: 202 / 202");
        assertThat(result.get("sandbox").asText()).matches("amdahl/sandbox:[0-9a-f]{16} \\(sha256:[0-9a-f]{64}\\)");
        assertThat(processes.get("provenance").get("sourcesSha256").asText()).matches("[0-9a-f]{64}");
        assertThat(processes.get("provenance").get("jdk").asText()).startsWith("21");
        assertThat(processes.get("provenance").get("rubricSha256").asText()).matches("[0-9a-f]{64}");
        assertThat(processes.get("provenance").get("seed").asText()).matches("-?[0-9]+");
    }

    @Test
    void theUntouchedSkeletonGetsZero() throws Exception {
        JsonNode processes = exercise(grade(REPO.resolve("exercises")), "processes");

        assertThat(processes.get("verdict").asText()).isEqualTo("COMPLETED");
        assertThat(processes.get("score").asInt()).isZero();
        for (JsonNode test : graded(processes)) {
            if (test.get("kind").asText().equals("STRUCTURE")) {
                // the skeleton breaks no rule, but structure counts only once behaviour earns points
                assertThat(test.get("outcome").asText()).isEqualTo("PASSED");
                assertThat(test.get("score").asInt()).isZero();
                continue;
            }
            assertThat(test.get("outcome").asText()).as(test.get("name").asText()).isEqualTo("FAILED");
            // the skeleton's TODO, or (where a test expects another exception) its type
            assertThat(test.get("message").asText()).containsAnyOf("TODO: implement", "UnsupportedOperationException");
        }
        assertThat(processes.get("style").get("score").asInt()).isZero();
        assertThat(processes.get("notes").toString()).contains("your own tests are not used");
    }

    @Test
    void aRealisticBugFailsExactlyTheTestThatCoversIt() throws Exception {
        // the late grading: lateness changes the total, never an exercise's tests or score
        JsonNode processes = exercise(lateAlice().result(), "processes");

        assertThat(processes.get("score").asInt()).isEqualTo(30); // 26 behaviour + 2 structure + 2 style
        List<String> failed = new ArrayList<>();
        for (JsonNode test : graded(processes)) {
            if (!test.get("outcome").asText().equals("PASSED")) {
                failed.add(test.get("method").asText());
                assertThat(test.get("message").asText()).contains("still running").contains("descendants()");
            }
        }
        assertThat(failed).containsExactlyInAnyOrder("killsAShellAndItsBackgroundJob",
                "killsEveryProcessTheProgramStarted");
    }

    @Test
    void aRealGradeIsWrittenInEveryFormatItsConsumersCanRead() throws Exception {
        Path out = sharedTemp.resolve("formats");

        Shared messy = messyInEveryFormat();

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(out.resolve("result.json").toFile()).get("score").asInt()).isEqualTo(33);
        assertThat(Schemas.gradescopeViolations(Files.readString(out.resolve("results.json")))).isEmpty();
        JsonNode gradescope = json.readTree(out.resolve("results.json").toFile());
        assertThat(gradescope.get("score").asInt()).isEqualTo(33);
        assertThat(gradescope.get("tests")).hasSize(20); // 18 behaviour tests, 1 structure rule, style
        JsonNode classroom = json.readTree(java.util.Base64.getDecoder()
                .decode(Files.readString(out.resolve("classroom-result.b64")).strip()));
        int sum = 0;
        for (JsonNode test : classroom.get("tests")) {
            sum += test.get("score").asInt();
        }
        assertThat(sum).isEqualTo(33);
        assertThat(classroom.get("max_score").asInt()).isEqualTo(35);
        org.w3c.dom.Document junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("junit.xml").toFile());
        assertThat(junit.getElementsByTagName("failure").getLength()).as("only style fails").isEqualTo(1);
        assertThat(Files.readString(out.resolve("feedback.md"))).contains("**Score: 33 / 35**")
                .contains("Style: 0 / 2 points. Naming: ");
        String sarif = Files.readString(out.resolve("style.sarif"));
        assertThat(Schemas.sarifViolations(sarif)).isEmpty();
        JsonNode results = json.readTree(sarif).get("runs").get(0).get("results");
        assertThat(results.size()).isGreaterThan(10);
        List<String> uris = new ArrayList<>();
        results.forEach(r -> uris.add(r.get("locations").get(0).get("physicalLocation").get("artifactLocation")
                .get("uri").asText()));
        assertThat(uris).contains(SUBPROCESS + "Subprocess.java", SUBPROCESS + "ProcessFacts.java");
        assertThat(messy.console()).contains("wrote gradescope: ");
    }

    @Test
    void aSubmissionThatNeverFinishesIsATimeoutThatKeepsFinishedTests() throws Exception {
        JsonNode processes = exercise(grade(SAMPLES.resolve("waits-forever"), "--timeout", "20s"), "processes");

        assertThat(processes.get("verdict").asText()).isEqualTo("TIMEOUT");
        List<String> hanging = List.of("killsAShellAndItsBackgroundJob", "killsEveryProcessTheProgramStarted",
                "stopsAProgramThatRunsTooLong");
        for (JsonNode test : graded(processes)) {
            String outcome = test.get("outcome").asText();
            if (hanging.contains(test.get("method").asText())) {
                assertThat(outcome).as(test.get("method").asText()).isIn("TIMED_OUT", "NOT_RUN");
            } else {
                assertThat(outcome).as(test.get("method").asText()).isEqualTo("PASSED");
            }
        }
        assertThat(processes.get("score").asInt()).isEqualTo(27); // 23 from the tests that finished, structure, style
        assertThat(processes.get("detail").asText()).contains("did not finish within 20 s");
    }

    @Test
    void aStyleHeavySubmissionLosesExactlyTheCappedStylePoints() throws Exception {
        Shared messy = messyInEveryFormat();
        JsonNode processes = exercise(messy.result(), "processes");

        assertThat(outcomesOf(processes)).containsOnly("PASSED");
        JsonNode style = processes.get("style");
        JsonNode naming = style.get("categories").get("naming");
        JsonNode formatting = style.get("categories").get("formatting");
        assertThat(naming.get("findings").asInt() * 0.5).as("uncapped, naming would cost more").isGreaterThan(1);
        assertThat(naming.get("deducted").asDouble()).isEqualTo(1.0).isEqualTo(naming.get("cap").asDouble());
        assertThat(formatting.get("findings").asInt() * 0.25).isGreaterThan(1);
        assertThat(formatting.get("deducted").asDouble()).isEqualTo(1.0);
        assertThat(style.get("categories").get("documentation").get("deducted").asDouble()).as("feedback only").isZero();
        assertThat(processes.get("score").asDouble()).isEqualTo(33.0);
        assertThat(processes.get("maxScore").asDouble()).isEqualTo(35.0);
        assertThat(messy.console()).contains("Subprocess.java:16:17: [Naming] Name 'P' must match pattern");
    }

    @Test
    void aStructureBreakingSubmissionLosesExactlyTheArchUnitPoints() throws Exception {
        Path submission = copyOf(REPO.resolve("solutions"), "runtime-exec");
        Path subprocess = submission.resolve("processes/src/main/java/dev/amdahl/exercises/processes/Subprocess.java");
        String source = Files.readString(subprocess);
        String call = "return new ProcessBuilder(command).inheritIO().start().waitFor();";
        assertThat(source).contains(call);
        Files.writeString(subprocess, source.replace(call,
                "return Runtime.getRuntime().exec(command.toArray(String[]::new)).waitFor();"));

        JsonNode processes = exercise(grade(submission), "processes");

        List<String> failed = new ArrayList<>();
        for (JsonNode test : graded(processes)) {
            if (!test.get("outcome").asText().equals("PASSED")) {
                failed.add(test.get("method").asText());
                assertThat(test.get("kind").asText()).isEqualTo("STRUCTURE");
                assertThat(test.get("message").asText()).contains("java.lang.Runtime.exec")
                        .contains("Start processes with new ProcessBuilder(command).start()")
                        .contains("Subprocess.java:");
            }
        }
        assertThat(failed).containsExactly("startsProcessesWithProcessBuilder");
        assertThat(processes.get("score").asInt()).isEqualTo(33);
        assertThat(processes.get("maxScore").asInt()).isEqualTo(35);
    }

    @Test
    void aLateSubmissionLosesExactlyTheLatePenalty() throws Exception {
        // due 2026-12-01T23:59+01:00 with 15 minutes' grace: 34 hours late is 2 started days, 10% each
        Shared alice = lateAlice();
        JsonNode late = alice.result();
        assertThat(late.get("scoreBeforeLatePenalty").asDouble()).isEqualTo(30.0);
        assertThat(late.get("lateness").get("units").asInt()).isEqualTo(2);
        assertThat(late.get("lateness").get("penalty").asDouble()).isEqualTo(6.0);
        assertThat(late.get("score").asDouble()).isEqualTo(24.0);
        assertThat(alice.console()).contains("Submitted 2 days late: −20% of the points earned (−6).")
                .contains("Score: 24 / 35");

        JsonNode extended = grade(SAMPLES.resolve("kills-only-the-parent"), "--late-policy", LATE_POLICY.toString(),
                "--submitted-at", "2026-12-03T10:00:00+01:00", "--student", "bob");
        assertThat(extended.get("score").asDouble()).as("bob's extension").isEqualTo(30.0);
    }

    @Test
    void hiddenTestsCountOnRequestAndSpeakOnlyOnceReleased() throws Exception {
        Path out = temp.resolve("hidden");

        JsonNode result = grade(REPO.resolve("exercises"), "--hidden", "--format", "markdown", "--out",
                out.toString());

        JsonNode processes = exercise(result, "processes");
        JsonNode hidden = null;
        for (JsonNode test : processes.get("tests")) {
            if (test.get("method").asText().equals("keepsSpacesAndQuotesInsideAnArgument")) {
                hidden = test;
            }
        }
        assertThat(hidden).as("the hidden test was graded").isNotNull();
        assertThat(hidden.get("visibility").asText()).isEqualTo("AFTER_RELEASE");
        assertThat(processes.get("maxScore").asInt()).isEqualTo(37);
        assertThat(processes.get("hiddenRun").get("verdict").asText()).as("a run of their own").isEqualTo("COMPLETED");
        String feedback = Files.readString(out.resolve("feedback.md"));
        assertThat(feedback).contains("an argument with spaces and quotes arrives as one argument, unchanged")
                .contains("(details are shown once your instructor releases them)")
                .doesNotContain("SubprocessArgumentsTest");

        grade(REPO.resolve("exercises"), "--hidden", "--release-hidden", "--format", "markdown", "--out",
                out.toString());
        assertThat(Files.readString(out.resolve("feedback.md")))
                .doesNotContain("(details are shown once your instructor releases them)");
        // Without --hidden the maximum is 35: theReferenceSolutionGetsFullMarks grades the solution so.
    }

    @Test
    void aPipesDeadlockIsReportedAsExactlyThat() throws Exception {
        JsonNode pipes = exercise(gradeEveryExercise(SAMPLES.resolve("pipes-reads-one-stream-at-a-time"),
                "--exercise", "pipes"), "pipes");

        assertThat(pipes.get("verdict").asText()).isEqualTo("COMPLETED");
        List<String> failed = new ArrayList<>();
        for (JsonNode test : graded(pipes)) {
            if (!test.get("outcome").asText().equals("PASSED")) {
                failed.add(test.get("method").asText());
                assertThat(test.get("message").asText()).contains("deadlock");
            }
        }
        assertThat(failed).containsExactly("readsBothWithoutDeadlock");
        assertThat(pipes.get("score").asInt()).isEqualTo(22);
    }

    @Test
    void aCompileErrorZerosTheExerciseAndShowsTheCompiler() throws Exception {
        Path submission = copyOf(REPO.resolve("solutions"), "broken");
        Path subprocess = submission.resolve("processes/src/main/java/dev/amdahl/exercises/processes/Subprocess.java");
        Files.writeString(subprocess, Files.readString(subprocess).replace("return communicate(", "return communicat("));

        JsonNode processes = exercise(grade(submission), "processes");

        assertThat(processes.get("verdict").asText()).isEqualTo("COMPILE_ERROR");
        assertThat(processes.get("score").asInt()).isZero();
        assertThat(processes.get("maxScore").asInt()).isEqualTo(35);
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
        assertThat(graded(processes)).hasSize(19);
    }

    @Test
    void aMissingExerciseIsNotSubmittedAndGradingStillWorks() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("empty-handed/exercises"));

        JsonNode processes = exercise(grade(submission.getParent()), "processes");

        assertThat(processes.get("verdict").asText()).isEqualTo("NOT_SUBMITTED");
        assertThat(processes.get("score").asInt()).isZero();
        assertThat(processes.get("maxScore").asInt()).as("style's budget still counts in the maximum").isEqualTo(35);
        assertThat(processes.get("provenance").get("rubricSha256").asText()).matches("[0-9a-f]{64}");
    }

    /** works-but-messy's processes, written in every format. */
    private static Shared messyInEveryFormat() {
        return shared("messy", SAMPLES.resolve("works-but-messy"), "--format",
                "json,gradescope,classroom,junit,markdown,sarif", "--out", sharedTemp.resolve("formats").toString());
    }

    /** kills-only-the-parent's processes, submitted by alice 34 hours after the deadline, without an extension. */
    private static Shared lateAlice() {
        return shared("late-alice", SAMPLES.resolve("kills-only-the-parent"), "--late-policy", LATE_POLICY.toString(),
                "--submitted-at", "2026-12-03T10:00:00+01:00", "--student", "alice");
    }

    private static Shared shared(String key, Path submission, String... options) {
        return SHARED.computeIfAbsent(key, k -> {
            StringWriter printed = new StringWriter();
            List<String> withExercise = new ArrayList<>(List.of("--exercise", "processes"));
            withExercise.addAll(List.of(options));
            try {
                JsonNode result = InProcessGrade.run(printed, submission, sharedTemp.resolve(key + ".json"),
                        withExercise.toArray(String[]::new));
                return new Shared(result, printed.toString());
            } catch (Exception e) {
                throw new IllegalStateException("grading " + submission + " failed", e);
            }
        });
    }

    /** Grades the processes exercise of {@code submission}: most samples are about it alone. */
    private JsonNode grade(Path submission, String... options) throws Exception {
        List<String> withExercise = new ArrayList<>(List.of("--exercise", "processes"));
        withExercise.addAll(List.of(options));
        return gradeEveryExercise(submission, withExercise.toArray(String[]::new));
    }

    private JsonNode gradeEveryExercise(Path submission, String... options) throws Exception {
        return InProcessGrade.run(console, submission, temp.resolve("result-" + System.nanoTime() + ".json"), options);
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
