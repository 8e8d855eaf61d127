package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.amdahl.grader.docker.RequiresDocker;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades submitted test suites of the testing exercise end to end in the Docker sandbox: against the program
 * with coverage, and against each planted bug in a container of its own. (The reference suite's 26 / 26 is
 * checked where every reference is graded: GradeSamplesIT and CheckCommandIT.)
 */
@RequiresDocker
class GradeTestSuitesIT {

    private static final Path REPO = Repository.root();
    private static final Path SAMPLES = REPO.resolve("samples/submissions");
    /** The planted bugs' folder names say what they are; they must never reach a student. */
    private static final List<String> BUG_FOLDERS = List.of("bad-time-accepted", "chunk-last-item",
            "combine-replaces", "last-line-dropped", "latin1-input", "mean-truncated", "missing-folder-ignored",
            "status-500-not-error", "tie-break-reversed", "report-rows-as-stream");

    @TempDir
    Path temp;

    private final StringWriter console = new StringWriter();

    @Test
    void anIncompleteSuiteHearsWhichKindsOfBugItMissedAndNothingMore() throws Exception {
        Path json = temp.resolve("incomplete.json");
        JsonNode testing = grade(SAMPLES.resolve("testing-incomplete"), json, "--format",
                "gradescope,classroom,junit,markdown", "--out", temp.resolve("out").toString());

        assertThat(testing.get("score").asDouble()).isEqualTo(18);
        assertThat(items(testing)).containsEntry("wrong-combine", "FAILED").containsEntry("lost-last-line", "FAILED")
                .containsEntry("wrong-encoding", "FAILED").containsEntry("wrong-sort-order", "FAILED")
                .containsEntry("off-by-one", "PASSED").containsEntry("malformed-accepted", "PASSED")
                .containsEntry("wrong-rounding", "PASSED").containsEntry("swallowed-exception", "PASSED")
                .containsEntry("wrong-classification", "PASSED").containsEntry("equivalent-refactoring", "PASSED");
        StringBuilder everything = new StringBuilder(console.toString()).append(Files.readString(json));
        try (var files = Files.walk(temp.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                everything.append(Files.readString(file));
            }
        }
        assertThat(everything.toString()).as("what the student can read").doesNotContain(BUG_FOLDERS)
                .doesNotContain("putAll").doesNotContain("ISO_8859_1");
    }

    @Test
    void aSuiteThatAssertsNothingEarnsNothingAndIsToldItsCoverage() throws Exception {
        JsonNode testing = grade(SAMPLES.resolve("testing-asserts-nothing"));

        assertThat(testing.get("score").asDouble()).isZero();
        assertThat(items(testing)).containsEntry("off-by-one", "FAILED").containsEntry("lines 60 %", "FAILED");
        assertThat(message(testing, "lines 60 %")).containsPattern("Your tests run (8|9|10)\\d\\.\\d %")
                .contains("catch at least one planted bug");
    }

    @Test
    void anEmptySuiteEarnsNothing() throws Exception {
        JsonNode testing = grade(SAMPLES.resolve("testing-empty"));

        assertThat(testing.get("score").asDouble()).isZero();
        assertThat(message(testing, "off-by-one")).contains("no test of yours passes");
    }

    @Test
    void aSuiteSeesNoBugsCodeAndCannotCountItsRunsAcrossBugs() throws Exception {
        Path tests = temp.resolve("snoop/exercises/testing/src/test/java/dev/amdahl/exercises/testing");
        Files.createDirectories(tests);
        Files.writeString(tests.resolve("SnoopTest.java"), """
                package dev.amdahl.exercises.testing;

                import static org.junit.jupiter.api.Assertions.fail;

                import java.nio.file.Files;
                import java.nio.file.Path;
import java.util.ArrayList;
                import java.util.stream.Collectors;
                import java.util.stream.Stream;
                import org.junit.jupiter.api.Test;

                class SnoopTest {
                    @Test
                    void listsEveryFileItCanSee() throws Exception {
                        try (Stream<Path> files = Files.walk(Path.of("/work"))) {
                            fail("seen: " + files.map(Path::toString).collect(Collectors.joining(" ")));
                        }
                    }

                    @Test
                    void failsFromItsSecondRunOn() throws Exception {
                        Path marker = Path.of(System.getProperty("java.io.tmpdir"), "ran-before");
                        if (Files.exists(marker)) {
                            fail("not the first run");
                        }
                        Files.createFile(marker);
                    }
                }
                """);

        JsonNode testing = grade(temp.resolve("snoop"));

        String seen = message(testing, "listsEveryFileItCanSee");
        assertThat(seen).startsWith("seen: ").contains("SnoopTest.java")
                .as("the program's sources are gone before the tests run").doesNotContain("src/main")
                .doesNotContain("variants");
        assertThat(items(testing)).containsEntry("off-by-one", "FAILED").containsEntry("wrong-combine", "FAILED")
                .containsEntry("equivalent-refactoring", "PASSED");
        assertThat(testing.get("score").asDouble()).isZero();
    }

    /** Each graded item by its method name (the bug's kind, or the coverage step), and its outcome. */
    private static Map<String, String> items(JsonNode exercise) {
        Map<String, String> items = new LinkedHashMap<>();
        exercise.get("tests").forEach(t -> items.put(t.get("method").asText(), t.get("outcome").asText()));
        return items;
    }

    private static String message(JsonNode exercise, String method) {
        for (JsonNode test : exercise.get("tests")) {
            if (test.get("method").asText().equals(method)) {
                return test.get("message").asText();
            }
        }
        throw new AssertionError("no item " + method + " in " + exercise);
    }

    private JsonNode grade(Path submission) throws Exception {
        return grade(submission, temp.resolve("result-" + System.nanoTime() + ".json"));
    }

    private JsonNode grade(Path submission, Path json, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--exercise", "testing"));
        args.addAll(List.of(options));
        JsonNode result = InProcessGrade.run(console, submission, json, args.toArray(String[]::new));
        for (JsonNode exercise : result.get("exercises")) {
            if (exercise.get("exercise").asText().equals("testing")) {
                return exercise;
            }
        }
        throw new AssertionError("no testing exercise in " + result);
    }
}
