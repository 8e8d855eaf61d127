package dev.amdahl.grading.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grading.ListenerRuns;
import dev.amdahl.grading.Points;
import dev.amdahl.grading.TestKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassroomFeedbackTest {

    /** An exercise that compiled: its tests ran with the points table's listener. Not run by Surefire itself. */
    static class Alpha {
        @Test
        @Points(2)
        void passes() {
        }

        @Test
        @Points(3)
        @DisplayName("compares a | b <i>x</i>")
        void fails() {
            Assertions.fail("expected <script>alert(1)</script> | but ``` was @someone");
        }

        @Test
        @Points(value = 1, extraCredit = true)
        void bonus() {
        }

        @Nested
        @Points(10)
        class Shares {
            @Test
            void one() {
            }

            @Test
            void two() {
            }

            @Test
            void three() {
                throw new IllegalStateException("three is wrong");
            }
        }
    }

    private static final String GAMMA_ONE = "[engine:junit-jupiter]/[class:g.GammaTest]/[method:one()]";
    private static final String GAMMA_TWO = "[engine:junit-jupiter]/[class:g.GammaTest]/[method:two()]";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path repository;
    private Path exercises;
    private String alphaTable;
    private List<PlanEntry> plan;

    @BeforeEach
    void aRepositoryAfterMvnTest() throws Exception {
        exercises = repository.resolve("exercises");
        alphaTable = ListenerRuns.run(exercises.resolve("alpha").resolve(ResultsFile.DEFAULT_PATH), Alpha.class);
        plan = new ArrayList<>(PlanFile.entries("alpha", ListenerRuns.discover(Alpha.class)));
        // beta did not compile: no results
        plan.add(new PlanEntry("beta", "[engine:junit-jupiter]/[class:b.BetaTest]/[method:x()]", 2, false,
                TestKind.BEHAVIOUR, "x()"));
        plan.add(new PlanEntry("beta", "[engine:junit-jupiter]/[class:b.BetaTest]/[method:y()]", 2, false,
                TestKind.BEHAVIOUR, "y()"));
        // gamma's results are forged
        plan.add(new PlanEntry("gamma", GAMMA_ONE, 1, false, TestKind.BEHAVIOUR, "one()"));
        plan.add(new PlanEntry("gamma", GAMMA_TWO, 2, false, TestKind.BEHAVIOUR, "two()"));
        PlanFile.write(repository.resolve(".github/amdahl/plan.tsv"), plan);
        Path forged = exercises.resolve("gamma").resolve(ResultsFile.DEFAULT_PATH);
        Files.createDirectories(forged.getParent());
        Files.writeString(forged, String.join("\n",
                ResultsFile.HEADER,
                Tsv.line(GAMMA_ONE, "PASSED", "1000", "1000", "false", "5", "one()", ""),
                Tsv.line("[engine:junit-jupiter]/[class:g.GammaTest]/[method:mine()]", "PASSED", "50", "50",
                        "false", "1", "mine()", ""),
                Tsv.line(GAMMA_ONE, "FAILED", "0", "1", "false", "5", "one()", "the second verdict is ignored"),
                Tsv.line(GAMMA_TWO, "FAILED", "2", "2", "false", "-7", "two()", "a failure that claims points"),
                "garbage",
                "bad\\escape\tPASSED",
                Tsv.line("id", "PASSED", "NaN", "1", "false", "1", "n", ""),
                ""));
    }

    @Test
    void reportsEveryPlannedTestWithinThePlan() throws Exception {
        Path output = repository.resolve("github_output");
        Path summary = repository.resolve("step_summary");
        Files.writeString(output, "earlier=1\n");
        Files.writeString(summary, "earlier summary\n");
        Path check = repository.resolve("target/amdahl-template-check.txt");
        Files.createDirectories(check.getParent());
        Files.writeString(check, "- .github/workflows/classroom.yml was changed\n"
                + "- exercises/alpha/src/test/java/<img src=x onerror=alert(1)>.java is not in the template\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ClassroomFeedback.run(new String[] {"--plan", repository.resolve(".github/amdahl/plan.tsv")
                .toString(), "--exercises", exercises.toString(), "--template-check", check.toString(),
                "--github-output", output.toString(), "--summary", summary.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals("Points: 10.67 / 22\nalpha: 9.67 / 15\nbeta: 0 / 4\ngamma: 1 / 3\n", printed);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("gamma: ignored 5 line(s)"), err.toString());

        List<String> outputLines = Files.readAllLines(output);
        assertEquals(2, outputLines.size(), outputLines.toString());
        assertEquals("earlier=1", outputLines.get(0), "appended, as GitHub wants");
        assertTrue(outputLines.get(1).startsWith("result="));
        String json = new String(Base64.getDecoder().decode(outputLines.get(1).substring("result=".length())),
                StandardCharsets.UTF_8);
        JsonNode root = JSON.readTree(json);
        assertEquals(List.of("version", "status", "max_score", "tests"), fieldNames(root));
        assertEquals(1, root.get("version").asInt());
        assertEquals("error", root.get("status").asText(), "beta did not run");
        assertEquals(22, root.get("max_score").asDouble());
        assertEquals(plan.size(), root.get("tests").size(), "one entry per planned test, none for mine()");

        Map<String, JsonNode> tests = new HashMap<>();
        double jsSum = 0;
        for (JsonNode test : root.get("tests")) {
            assertEquals(List.of("name", "status", "score", "message", "test_code", "filename", "line_no",
                    "duration"), fieldNames(test));
            assertTrue(test.get("score").isNumber() && test.get("line_no").isInt() && test.get("duration").isNumber());
            tests.put(test.get("name").asText(), test);
            jsSum += test.get("score").asDouble(); // as the reporter adds them, in order
        }
        assertEquals(10.67, jsSum, "exactly, so that GitHub Classroom reads 10.67");

        assertEquals("pass", tests.get("alpha: passes()").get("status").asText());
        assertEquals(2, tests.get("alpha: passes()").get("score").asDouble());
        assertEquals("dev.amdahl.grading.classroom.ClassroomFeedbackTest$Alpha#passes",
                tests.get("alpha: passes()").get("test_code").asText());
        assertTrue(tests.get("alpha: passes()").get("filename").asText().endsWith(
                "exercises/alpha/src/test/java/dev/amdahl/grading/classroom/ClassroomFeedbackTest.java"));
        JsonNode fails = tests.get("alpha: compares a | b <i>x</i>");
        assertEquals("fail", fails.get("status").asText());
        assertEquals(0, fails.get("score").asDouble());
        assertEquals("expected <script>alert(1)</script> | but ``` was @someone", fails.get("message").asText());
        assertEquals(1, tests.get("alpha: bonus()").get("score").asDouble(), "extra credit counts");
        assertEquals("IllegalStateException: three is wrong", tests.get("alpha: three()").get("message").asText());
        for (String name : List.of("beta: x()", "beta: y()")) {
            assertEquals("error", tests.get(name).get("status").asText());
            assertEquals(0, tests.get(name).get("score").asDouble());
            assertEquals(ClassroomReport.DID_NOT_RUN, tests.get(name).get("message").asText());
        }
        assertEquals(1, tests.get("gamma: one()").get("score").asDouble(), "1000 points clamped to the plan's 1");
        assertEquals("pass", tests.get("gamma: one()").get("status").asText(), "the first verdict counts");
        assertEquals(0, tests.get("gamma: two()").get("score").asDouble(), "a failure earns nothing");
        assertEquals(0, tests.get("gamma: two()").get("duration").asLong());

        Matcher total = Pattern.compile("TOTAL\\s+(\\S+) / (\\S+)").matcher(alphaTable);
        assertTrue(total.find(), alphaTable);
        double alphaScores = 0;
        for (JsonNode test : root.get("tests")) {
            alphaScores += test.get("name").asText().startsWith("alpha: ") ? test.get("score").asDouble() : 0;
        }
        assertEquals(Double.parseDouble(total.group(1)), alphaScores, 1e-9, "what the student's table shows");

        String markdown = Files.readString(summary);
        assertTrue(markdown.startsWith("earlier summary\n## "), "appended");
        assertTrue(markdown.contains("**Points: 10.67 / 22**"), markdown);
        assertTrue(markdown.contains("### ⚠️ Your tests or workflow differ from the template"), markdown);
        assertTrue(markdown.contains("### alpha: 9.67 / 15"), markdown);
        assertTrue(markdown.contains("| ❌ failed | 0 / 3 | compares a \\| b \\<i\\>x\\<\\/i\\> |"), markdown);
        assertTrue(markdown.contains("| ⚠️ did not run | 0 / 2 | y\\(\\) |"), markdown);
        assertTrue(markdown.contains("| ✅ passed | 3.33 / 3.33 | one\\(\\) |"),
                "as the student's table:\n" + markdown);
        assertTrue(markdown.contains("### beta: 0 / 4\n\n| Status"), markdown);
        assertEquals(1, markdown.split("the exercise did not compile", -1).length - 1, "said once for beta");
        assertTrue(markdown.contains("````text\nexpected <script>alert(1)</script> | but ``` was @someone\n````\n"),
                "a message shows as written, in a code block its backticks cannot close:\n" + markdown);
        assertTrue(markdown.strip().endsWith(FeedbackMarkdown.CLOSING), markdown);
        assertSafeMarkdown(markdown);
    }

    @Test
    void printsTheJsonAndMarkdownWhenNotOnGitHub() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = ClassroomFeedback.run(new String[] {"--plan", repository.resolve(".github/amdahl/plan.tsv")
                .toString(), "--exercises", exercises.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status);
        assertTrue(printed.startsWith("{\"version\":1,\"status\":\"error\",\"max_score\":22,\"tests\":[{"), printed);
        assertTrue(printed.contains("\n## " + FeedbackMarkdown.TITLE + "\n"), printed);
        assertFalse(printed.contains(FeedbackMarkdown.DIFFERS), "no template check, no warning");
        assertTrue(printed.endsWith("Points: 10.67 / 22\nalpha: 9.67 / 15\nbeta: 0 / 4\ngamma: 1 / 3\n"), printed);
    }

    @Test
    void stopsWithStatusTwoWithoutAPlan() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        Path output = repository.resolve("github_output");

        assertEquals(2, ClassroomFeedback.run(new String[] {"--plan", repository.resolve("missing.tsv").toString(),
                "--github-output", output.toString()}, System.out, errors));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is missing"), err.toString());
        assertFalse(Files.exists(output), "nothing half-written");

        Path garbled = repository.resolve("garbled.tsv");
        Files.writeString(garbled, "# amdahl plan v1\nalpha\tid\tmany\n");
        assertEquals(2, ClassroomFeedback.run(new String[] {"--plan", garbled.toString()}, System.out, errors));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("line 2"), err.toString());

        assertEquals(2, ClassroomFeedback.run(new String[] {"--exercises", "x"}, System.out, errors));
        assertEquals(2, ClassroomFeedback.run(new String[] {"--plan"}, System.out, errors));
        assertEquals(2, ClassroomFeedback.run(new String[] {"--plan", "p", "--frobnicate", "x"}, System.out, errors));
    }

    @Test
    void runsWithTheGradingApiAloneOnTheClassPath() throws Exception {
        // The workflow runs it as `java -cp grading-api/target/classes`: no JUnit, no Jackson.
        Path classes = Path.of(ClassroomFeedback.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", classes.toString(), ClassroomFeedback.class.getName(),
                "--plan", repository.resolve(".github/amdahl/plan.tsv").toString(), "--exercises",
                exercises.toString(), "--github-output", repository.resolve("out").toString(), "--summary",
                repository.resolve("summary").toString()).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, process.waitFor(), printed);
        assertTrue(printed.contains("Points: 10.67 / 22\n"), printed);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Outside code blocks: no unescaped {@code <} (raw HTML), {@code @} (a mention) or {@code [} (a link), and
     * every table row has exactly its four cell borders.
     */
    private static void assertSafeMarkdown(String markdown) {
        boolean inBlock = false;
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            if (!inBlock && line.matches("`{3,}text")) {
                inBlock = true;
                fence = line.substring(0, line.indexOf('t'));
                continue;
            }
            if (inBlock) {
                inBlock = !line.equals(fence);
                continue;
            }
            String unescaped = line.replaceAll("\\\\.", "");
            assertFalse(unescaped.contains("<") || unescaped.contains("@") || unescaped.contains("["),
                    "unescaped in: " + line);
            if (line.startsWith("| ")) {
                assertEquals(4, unescaped.chars().filter(c -> c == '|').count(), line);
            }
        }
        assertFalse(inBlock, "every code block is closed");
    }
}
