package dev.amdahl.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grader.scoring.SpeedupResult.Status;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grader.scoring.ScalingPoint;
import dev.amdahl.grader.scoring.SpeedupMeasurement;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The timing lane's results in every format: one SCORED with its curve, one INCONCLUSIVE, one FAILED. */
class SpeedupReportsTest {

    private static final String EVIL = "\u0000\u001b[2J<script>alert(1)</script> | `` ``` ]]> & \"q\" *bold* _em_"
            + " [link](http://x) ~~s~~ \\ \ud800 end\n# heading\n- item";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final SpeedupMeasurement MEASURED = new SpeedupMeasurement(7, 4, 1200, 330, 387.1, 3.1, 3.64,
            0.85, 0.05);
    private static final SpeedupResult SCORED = new SpeedupResult("PrimeCountingSpeedup", "counting primes", 4, 3.2,
            Status.SCORED, MEASURED.explain() + " Full points from 95 % of the reference's speedup.",
            Optional.of(MEASURED), List.of(new ScalingPoint(1, 1210, 0.99), new ScalingPoint(2, 640, 1.875),
                    new ScalingPoint(4, 387.1, 3.1)), 1);
    private static final SpeedupResult INCONCLUSIVE = new SpeedupResult("WordCountSpeedup", "word count", 2, 0,
            Status.INCONCLUSIVE, "The timings were too noisy to decide: 3 attempts. Your instructor will look at them;"
                    + " this is not a zero.", Optional.of(new SpeedupMeasurement(7, 4, 900, 300, 310, 2.9, 3, 0.97,
                    0.4)), List.of(), 3);
    private static final SpeedupResult FAILED = SpeedupResult.unmeasured("ConvolutionSpeedup", "convolution", 3,
            Status.FAILED, "Your parallel version threw on a timed input: " + EVIL);
    private static final SpeedupResult NOT_APPLICABLE = SpeedupResult.unmeasured("LogisticRegressionSpeedup",
            "logistic regression", 2, Status.NOT_APPLICABLE, "Speedup is not graded on 1 core.");

    private static ExerciseResult exercise(List<SpeedupResult> speedups) {
        PlannedTest counts = new PlannedTest("id-1", "demo.PoolTest", "counts", "counts primes", 6);
        return new ExerciseResult("threadpools", Verdict.COMPLETED, "", List.of(
                new GradedResult(counts, Outcome.PASSED, "", 15)), List.of(), Duration.ofSeconds(30))
                .withSpeedups(speedups);
    }

    private static GradeReport report(SpeedupResult... speedups) {
        return new GradeReport("alice", "1.0", "img", Instant.parse("2026-11-24T10:00:00Z"),
                List.of(exercise(List.of(speedups))));
    }

    /** Undecided: the grade is incomplete. */
    private static GradeReport undecided() {
        return report(SCORED, INCONCLUSIVE, FAILED);
    }

    /** Decided: Gradescope writes it. */
    private static GradeReport decided() {
        return report(SCORED, FAILED, NOT_APPLICABLE);
    }

    @Test
    void theTotalsCountTheSpeedups() {
        assertThat(undecided().possible()).isEqualTo(15); // 6 + 4 + 2 + 3
        assertThat(undecided().earned()).isEqualTo(9.2);
        assertThat(undecided().complete()).isFalse();
        assertThat(decided().possible()).isEqualTo(13); // not applicable counts nothing
        assertThat(decided().complete()).isTrue();
    }

    @Test
    void jsonHasEveryCaseWithItsMeasurementAndCurve() {
        JsonNode json = JsonReport.toJson(undecided());

        assertThat(json.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(json.get("complete").asBoolean()).isFalse();
        assertThat(json.get("score").asDouble()).isEqualTo(9.2);
        assertThat(json.get("maxScore").asDouble()).isEqualTo(15);
        JsonNode exercise = json.get("exercises").get(0);
        assertThat(exercise.get("needsReview").asBoolean()).isTrue();
        JsonNode speedups = exercise.get("speedups");
        assertThat(speedups).hasSize(3);

        JsonNode scored = speedups.get(0);
        assertThat(names(scored)).containsExactly("case", "name", "status", "score", "maxScore", "points", "message",
                "attempts", "needsReview", "measurement", "scaling");
        assertThat(scored.get("case").asText()).isEqualTo("PrimeCountingSpeedup");
        assertThat(scored.get("name").asText()).isEqualTo("counting primes");
        assertThat(scored.get("status").asText()).isEqualTo("SCORED");
        assertThat(scored.get("score").asDouble()).isEqualTo(3.2);
        assertThat(scored.get("maxScore").asDouble()).isEqualTo(4);
        assertThat(scored.get("points").asDouble()).isEqualTo(4);
        assertThat(scored.get("attempts").asInt()).isEqualTo(1);
        assertThat(scored.get("needsReview").asBoolean()).isFalse();
        assertThat(scored.get("message").asText()).startsWith("On 4 cores your parallel version took 387 ms");
        JsonNode m = scored.get("measurement");
        assertThat(names(m)).containsExactly("trials", "threads", "referenceSequentialMillis",
                "referenceParallelMillis", "studentParallelMillis", "studentSpeedup", "referenceSpeedup", "ratio",
                "spread", "efficiency", "serialFraction");
        assertThat(m.get("trials").asInt()).isEqualTo(7);
        assertThat(m.get("threads").asInt()).isEqualTo(4);
        assertThat(m.get("referenceSequentialMillis").asDouble()).isEqualTo(1200);
        assertThat(m.get("referenceParallelMillis").asDouble()).isEqualTo(330);
        assertThat(m.get("studentParallelMillis").asDouble()).isEqualTo(387.1);
        assertThat(m.get("studentSpeedup").asDouble()).isEqualTo(3.1);
        assertThat(m.get("referenceSpeedup").asDouble()).isEqualTo(3.64);
        assertThat(m.get("ratio").asDouble()).isEqualTo(0.85);
        assertThat(m.get("spread").asDouble()).isEqualTo(0.05);
        assertThat(m.get("efficiency").asDouble()).isCloseTo(0.775, offset(1e-9));
        assertThat(m.get("serialFraction").asDouble()).isCloseTo((4 / 3.1 - 1) / 3, offset(1e-9));
        JsonNode curve = scored.get("scaling");
        assertThat(curve).hasSize(3);
        assertThat(names(curve.get(0))).containsExactly("threads", "millis", "speedup", "efficiency");
        assertThat(curve.get(1).get("threads").asInt()).isEqualTo(2);
        assertThat(curve.get(1).get("millis").asDouble()).isEqualTo(640);
        assertThat(curve.get(1).get("speedup").asDouble()).isEqualTo(1.875);
        assertThat(curve.get(1).get("efficiency").asDouble()).isCloseTo(0.9375, offset(1e-9));

        JsonNode inconclusive = speedups.get(1);
        assertThat(inconclusive.get("status").asText()).isEqualTo("INCONCLUSIVE");
        assertThat(inconclusive.get("score").asDouble()).isZero();
        assertThat(inconclusive.get("maxScore").asDouble()).isEqualTo(2);
        assertThat(inconclusive.get("attempts").asInt()).isEqualTo(3);
        assertThat(inconclusive.get("needsReview").asBoolean()).isTrue();
        assertThat(inconclusive.get("measurement").get("spread").asDouble()).isEqualTo(0.4);
        assertThat(inconclusive.get("scaling")).isEmpty();

        JsonNode failed = speedups.get(2);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.has("measurement")).isFalse();
        assertThat(failed.get("scaling")).isEmpty();
        assertThat(failed.get("message").asText()).as("JSON keeps the text; its encoding escapes it")
                .endsWith(EVIL);
    }

    @Test
    void jsonWritesNoNaN() {
        SpeedupMeasurement broken = new SpeedupMeasurement(3, 4, 10, 5, 0, Double.POSITIVE_INFINITY, 2, 0,
                Double.NaN);
        JsonNode m = JsonReport.toJson(report(new SpeedupResult("C", "c", 1, 0, Status.INCONCLUSIVE, "",
                Optional.of(broken), List.of(), 3))).get("exercises").get(0).get("speedups").get(0).get("measurement");

        assertThat(m.get("studentSpeedup").isNull()).isTrue();
        assertThat(m.get("spread").isNull()).isTrue();
        assertThat(m.get("ratio").asDouble()).isZero();
    }

    @Test
    void consoleShowsALinePerCaseAndTheCurve() {
        String text = ConsoleReport.render(undecided());

        assertThat(text).contains("== threadpools: 9.2 / 15 points, all tests ran")
                .contains("  speedup  counting primes: speedup 3.10 on 4 cores (reference 3.64)   3.2 / 4  SCORED\n"
                        + "    On 4 cores your parallel version took 387 ms")
                .contains("    speedup at 1, 2, 4 cores:\n"
                        + "      cores        time  speedup  efficiency\n"
                        + "          1     1210 ms     0.99        99 %\n"
                        + "          2      640 ms     1.88        94 %\n"
                        + "          4      387 ms     3.10        78 %\n")
                .contains("  speedup  word count   - / 2  INCONCLUSIVE: needs your instructor — not a zero\n"
                        + "    The timings were too noisy")
                .contains("  speedup  convolution   0 / 3  FAILED\n")
                .contains("Score: incomplete: a speedup above is not decided yet (not a zero")
                .doesNotContain("\u001b", "\u0000", "INTERNAL_ERROR above");
        assertThat(text.lines().filter(l -> l.startsWith("    ") && l.contains("# heading"))).hasSize(1);
    }

    @Test
    void aCaseThatCannotBeMeasuredHereCountsNothing() {
        assertThat(ConsoleReport.render(decided()))
                .contains("  speedup  logistic regression   -  NOT APPLICABLE: not counted\n"
                        + "    Speedup is not graded on 1 core.\n")
                .contains("== threadpools: 9.2 / 13 points");
        assertThat(new MarkdownReport().render(decided())).contains("\n**logistic regression**: not applicable here:"
                + " not counted. Speedup is not graded on 1 core.\n");
    }

    @Test
    void consoleSaysAnInternalErrorIsNotGraded() {
        String text = ConsoleReport.render(report(SpeedupResult.unmeasured("C", "counting primes", 4,
                Status.INTERNAL_ERROR, "Not graded: the reference broke. This is not your fault.")));

        assertThat(text).contains("  speedup  counting primes   - / 4  INTERNAL ERROR (not graded)")
                .contains("Score: incomplete");
    }

    @Test
    void markdownHasASpeedupSectionWithTheCurveAsATable() {
        String markdown = new MarkdownReport().render(undecided());

        assertThat(markdown).contains("**Score: incomplete.** A speedup below is not decided yet. It is not a zero")
                .contains("## threadpools: 9.2 / 15 (completed)")
                .contains("\n### Speedup\n\n**counting primes**: 3.2 / 4, scored — speedup 3.10 on 4 cores (reference"
                        + " 3.64). On 4 cores your parallel version took 387 ms")
                .contains("\nSpeedup at 1, 2, 4 cores:\n\n| cores | time | speedup | efficiency |\n|---:|---:|---:|---:|\n"
                        + "| 1 | 1210 ms | 0.99 | 99 % |\n| 2 | 640 ms | 1.88 | 94 % |\n| 4 | 387 ms | 3.10 | 78 % |\n")
                .contains("\n**word count**: - / 2, inconclusive: needs your instructor — not a zero. The timings")
                .contains("\n**convolution**: 0 / 3, failed. Your parallel version threw on a timed input: ");
        String failed = markdown.lines().filter(l -> l.startsWith("**convolution**")).findFirst().orElseThrow();
        assertThat(failed).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "\\|", "\\`\\` \\`\\`\\`", "\\]\\]&gt;",
                        "&amp;", "&quot;q&quot;", "\\*bold\\*", "\\_em\\_", "\\[link\\](http\\://x)", "\\~\\~s\\~\\~",
                        "\\\\", "\uFFFD end # heading - item")
                .doesNotContain("<script>", "\u0000", "\u001b");
        assertThat(failed.replace("\\|", "")).doesNotContain("|");
        assertThat(markdown.lines()).as("student text starts no line").noneMatch(l -> l.startsWith("# heading")
                || l.startsWith("- item"));
    }

    @Test
    void gradescopeHasATestPerCaseThatAddsUpToTheScore() throws Exception {
        String results = new GradescopeReport().render(decided());
        JsonNode json = JSON.readTree(results);

        assertThat(Schemas.gradescopeViolations(results)).isEmpty();
        JsonNode tests = json.get("tests");
        assertThat(tests).extracting(t -> t.get("name").asText()).containsExactly("threadpools: counts primes",
                "Speedup: counting primes", "Speedup: convolution", "Speedup: logistic regression");
        JsonNode scored = tests.get(1);
        assertThat(scored.get("score").asDouble()).isEqualTo(3.2);
        assertThat(scored.get("max_score").asDouble()).isEqualTo(4);
        assertThat(scored.get("status").asText()).as("passed only with every point").isEqualTo("failed");
        assertThat(scored.get("visibility").asText()).isEqualTo("visible");
        assertThat(scored.get("number").asText()).isEqualTo("1.2");
        assertThat(scored.get("tags")).extracting(JsonNode::asText).containsExactly("threadpools", "speedup");
        assertThat(scored.get("output").asText()).startsWith("On 4 cores your parallel version took 387 ms")
                .contains("\n\nspeedup at 1, 2, 4 cores:\ncores        time  speedup  efficiency\n")
                .contains("    4      387 ms     3.10        78 %");
        JsonNode failed = tests.get(2);
        assertThat(failed.get("score").asDouble()).isZero();
        assertThat(failed.get("max_score").asDouble()).isEqualTo(3);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("output").asText()).contains("<script>").doesNotContain("\u0000", "\u001b");
        JsonNode notApplicable = tests.get(3);
        assertThat(notApplicable.get("max_score").asDouble()).isZero();
        assertThat(notApplicable.get("status").asText()).isEqualTo("passed");

        double score = 0;
        double max = 0;
        for (JsonNode test : tests) {
            score += test.get("score").asDouble();
            max += test.get("max_score").asDouble();
        }
        assertThat(score).isCloseTo(json.get("score").asDouble(), offset(1e-9));
        assertThat(json.get("score").asDouble()).isEqualTo(9.2);
        assertThat(max).isCloseTo(decided().possible(), offset(1e-9));

        JsonNode full = JSON.readTree(new GradescopeReport().render(report(new SpeedupResult("C", "c", 4, 4,
                Status.SCORED, "fast", Optional.of(MEASURED), List.of(), 1)))).get("tests").get(1);
        assertThat(full.get("status").asText()).isEqualTo("passed");
        assertThat(full.get("output").asText()).isEqualTo("fast");
    }

    @Test
    void gradescopeIsNotWrittenWhileASpeedupIsUndecided() {
        assertThat(new GradescopeReport().refusal(undecided())).contains("not written");
        assertThat(new GradescopeReport().refusal(decided())).isNull();
    }

    @Test
    void classroomCountsEachCaseAsATest() throws Exception {
        JsonNode json = JSON.readTree(Base64.getDecoder().decode(new ClassroomRunnerReport().render(undecided())));

        assertThat(json.get("status").asText()).isEqualTo("error");
        assertThat(json.get("max_score").asDouble()).isEqualTo(15);
        JsonNode tests = json.get("tests");
        assertThat(tests).extracting(t -> t.get("name").asText()).containsExactly("threadpools: counts primes",
                "threadpools: speedup: counting primes", "threadpools: speedup: word count",
                "threadpools: speedup: convolution");
        assertThat(tests).extracting(t -> t.get("status").asText()).containsExactly("pass", "fail", "error", "fail");
        assertThat(tests).extracting(t -> t.get("score").asDouble()).containsExactly(6.0, 3.2, 0.0, 0.0);
        for (JsonNode test : tests) {
            assertThat(names(test)).containsExactlyInAnyOrder("name", "status", "score", "message", "test_code",
                    "filename", "line_no", "duration");
        }
        assertThat(tests.get(1).get("test_code").asText()).isEqualTo("speedup PrimeCountingSpeedup");
        assertThat(tests.get(1).get("message").asText()).contains("speedup at 1, 2, 4 cores:");
        assertThat(tests.get(3).get("message").asText()).contains("<script>").doesNotContain("\u0000", "\u001b");

        JsonNode decided = JSON.readTree(Base64.getDecoder().decode(new ClassroomRunnerReport().render(decided())));
        assertThat(decided.get("status").asText()).isEqualTo("fail");
        assertThat(decided.get("tests")).as("a case that counts nothing is not listed").hasSize(3);
        double sum = 0;
        for (JsonNode test : decided.get("tests")) {
            sum += test.get("score").asDouble();
        }
        assertThat(sum).as("the reporter adds up tests[].score").isCloseTo(9.2, offset(1e-9));
        assertThat(decided.get("max_score").asDouble()).isEqualTo(13);
    }

    @Test
    void junitFailsAFailedCaseSkipsAnUndecidedOneAndPassesAScoredOne() throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                new JunitXmlReport().render(undecided()).getBytes(StandardCharsets.UTF_8)));

        Element suites = (Element) document.getElementsByTagName("testsuites").item(0);
        assertThat(suites.getAttribute("tests")).isEqualTo("4");
        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        List<Element> cases = new ArrayList<>();
        NodeList all = document.getElementsByTagName("testcase");
        for (int i = 0; i < all.getLength(); i++) {
            Element c = (Element) all.item(i);
            if (c.getAttribute("classname").equals("threadpools.speedup")) {
                cases.add(c);
            }
        }
        assertThat(cases).extracting(c -> c.getAttribute("name"))
                .containsExactly("counting primes", "word count", "convolution");

        Element scored = cases.get(0);
        assertThat(scored.getElementsByTagName("failure").getLength()).isZero();
        assertThat(scored.getElementsByTagName("skipped").getLength()).isZero();
        assertThat(scored.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("On 4 cores").contains("speedup at 1, 2, 4 cores:");
        assertThat(property(scored, "earned")).isEqualTo("3.2");
        assertThat(property(scored, "points")).isEqualTo("4");
        assertThat(property(scored, "kind")).isEqualTo("SPEEDUP");
        assertThat(property(scored, "ratio")).isEqualTo("0.85");

        Element skipped = (Element) cases.get(1).getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message"))
                .startsWith("INCONCLUSIVE: needs your instructor — not a zero. The timings were too noisy");
        assertThat(property(cases.get(1), "needsReview")).isEqualTo("true");

        Element failure = (Element) cases.get(2).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("SPEEDUP_FAILED");
        assertThat(failure.getAttribute("message")).contains("<script>", "]]>", "| ``").doesNotContain("\u0000");
        assertThat(failure.getTextContent()).contains("- item");
    }

    @Test
    void junitSkipsWhatWasNotMeasured() throws Exception {
        String xml = new JunitXmlReport().render(report(NOT_APPLICABLE, SpeedupResult.unmeasured("C", "c", 1,
                Status.NOT_TIMED, "Not timed yet."), SpeedupResult.unmeasured("D", "d", 1, Status.INTERNAL_ERROR,
                "Not graded.")));
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("skipped")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(document.getElementsByTagName("skipped").getLength()).isEqualTo(3);
        assertThat(((Element) document.getElementsByTagName("skipped").item(2)).getAttribute("message"))
                .isEqualTo("INTERNAL ERROR (not graded). Not graded.");
    }

    @Test
    void aReportWithoutSpeedupsSaysNothingOfThem() throws Exception {
        GradeReport plain = report();

        assertThat(ConsoleReport.render(plain)).doesNotContainIgnoringCase("speedup");
        assertThat(new MarkdownReport().render(plain)).doesNotContainIgnoringCase("speedup");
        assertThat(new JunitXmlReport().render(plain)).doesNotContainIgnoringCase("speedup");
        assertThat(new GradescopeReport().render(plain)).doesNotContainIgnoringCase("speedup");
        assertThat(new String(Base64.getDecoder().decode(new ClassroomRunnerReport().render(plain)), StandardCharsets.UTF_8))
                .doesNotContainIgnoringCase("speedup");
        JsonNode exercise = JsonReport.toJson(plain).get("exercises").get(0);
        assertThat(exercise.get("needsReview").asBoolean()).isFalse();
        assertThat(exercise.get("speedups")).isEmpty();
        assertThat(ConsoleReport.render(plain)).contains("Score: 6 / 6");
    }

    private static String property(Element testcase, String name) {
        NodeList properties = testcase.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("name").equals(name)) {
                return property.getAttribute("value");
            }
        }
        return null;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
