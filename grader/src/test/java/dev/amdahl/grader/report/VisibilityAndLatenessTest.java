package dev.amdahl.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grader.scoring.Disclosure;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.LatePolicy;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.TestKind;
import dev.amdahl.grading.Visibility;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What each format shows of hidden, late-released and extra-credit tests, and of a late penalty. */
class VisibilityAndLatenessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant DUE = Instant.parse("2026-12-01T22:59:00Z");

    private static PlannedTest test(String name, double points, boolean extra, Visibility visibility, TestKind kind) {
        return new PlannedTest("id-" + name, "demo.T", name, name, points, extra, visibility, kind);
    }

    private static GradeReport report(Outcome behaviour, Disclosure disclosure, Duration late) {
        ExerciseResult exercise = new ExerciseResult("processes", Verdict.COMPLETED, "", List.of(
                new GradedResult(test("works", 4, false, Visibility.VISIBLE, TestKind.BEHAVIOUR), behaviour, "", 1),
                new GradedResult(test("edge", 2, false, Visibility.AFTER_DUE_DATE, TestKind.BEHAVIOUR), Outcome.FAILED,
                        "edge secret message", 1),
                new GradedResult(test("released", 2, false, Visibility.AFTER_RELEASE, TestKind.BEHAVIOUR),
                        Outcome.FAILED, "hidden suite message", 1),
                new GradedResult(test("secretName", 1, false, Visibility.HIDDEN, TestKind.BEHAVIOUR), Outcome.PASSED,
                        "", 1),
                new GradedResult(test("bonus", 1, true, Visibility.VISIBLE, TestKind.BEHAVIOUR), Outcome.PASSED, "", 1),
                new GradedResult(test("usesProcessBuilder", 2, false, Visibility.VISIBLE, TestKind.STRUCTURE),
                        Outcome.PASSED, "", 1)),
                List.of(), Duration.ofSeconds(3));
        LatePolicy policy = new LatePolicy(DUE, Duration.ZERO, BigDecimal.TEN, LatePolicy.Unit.DAY,
                BigDecimal.valueOf(50), Map.of());
        return new GradeReport("alice", "1.0", "img", DUE.plus(Duration.ofDays(3)), List.of(exercise))
                .with(Optional.of(policy.assess(DUE.plus(late), "alice")), disclosure);
    }

    @Test
    void extraCreditCountsButDoesNotRaiseTheMaximumAndStructureWaitsForBehaviour() {
        GradeReport working = report(Outcome.PASSED, Disclosure.beforeDueDate(), Duration.ZERO);
        GradeReport broken = report(Outcome.FAILED, Disclosure.beforeDueDate(), Duration.ZERO);

        assertThat(working.possible()).isEqualTo(11); // 4 + 2 + 2 + 1 + 2, not the bonus
        assertThat(working.earned()).isEqualTo(8); // works 4, secret 1, bonus 1, structure 2
        assertThat(broken.earned()).isEqualTo(4); // secret 1 and bonus 1 are behaviour points, so structure's 2 count
    }

    @Test
    void studentReportsHideHiddenTestsAndWithholdMessagesUntilTheirTime() {
        GradeReport before = report(Outcome.PASSED, Disclosure.beforeDueDate(), Duration.ZERO);

        String markdown = new MarkdownReport().render(before);
        assertThat(markdown).doesNotContain("secretName", "edge secret message", "hidden suite message")
                .contains("hidden test 1", "(details are shown after the due date)",
                        "(details are shown once your instructor releases them)", "1 / 1 (extra credit)");
        String console = ConsoleReport.render(before);
        assertThat(console).doesNotContain("secretName", "edge secret message", "hidden suite message");

        GradeReport after = report(Outcome.PASSED, new Disclosure(true, true), Duration.ZERO);
        assertThat(new MarkdownReport().render(after)).contains("edge secret message", "hidden suite message")
                .doesNotContain("secretName");
    }

    /** An exercise whose hidden tests' own run timed out after printing a hidden test's text. */
    private static GradeReport withHiddenRun(Disclosure disclosure) {
        PlannedTest own = new PlannedTest("id-own", "demo.SubprocessRunTest", "runs", "runs a program", 2);
        PlannedTest hidden = new PlannedTest("id-hidden", "demo.SubprocessArgumentsTest", "keepsSpaces",
                "keeps spaces", 2, false, Visibility.AFTER_RELEASE, TestKind.BEHAVIOUR);
        ExerciseResult ownRun = new ExerciseResult("processes", Verdict.COMPLETED, "", List.of(
                new GradedResult(own, Outcome.PASSED, "", 1),
                new GradedResult(hidden, Outcome.NOT_RUN, "not run: no result was reported for this test", 0)),
                List.of(), Duration.ofSeconds(3));
        ExerciseResult hiddenRun = new ExerciseResult("processes", Verdict.TIMEOUT,
                "The tests did not finish within 120 s.\nLast lines of output:\nleaked: SubprocessArgumentsTest "
                        + "'single' and \"double\" quotes",
                List.of(new GradedResult(hidden, Outcome.FAILED, "expected: two  spaces, 'single'", 1)), List.of(),
                Duration.ofSeconds(120));
        ExerciseResult result = dev.amdahl.grader.testrun.HiddenTestRun.combine(ownRun, hiddenRun);
        return new GradeReport("alice", "1.0", "img", DUE, List.of(result)).with(Optional.empty(), disclosure);
    }

    @Test
    void whatTheHiddenRunPrintedAndTheHiddenClassesWaitForTheRelease() throws Exception {
        GradeReport before = withHiddenRun(new Disclosure(true, false));
        List<String> secrets = List.of("SubprocessArgumentsTest", "'single'", "Last lines of output");

        String classroom = new String(Base64.getDecoder().decode(new ClassroomRunnerReport().render(before)),
                StandardCharsets.UTF_8);
        for (String student : List.of(ConsoleReport.render(before), new MarkdownReport().render(before),
                new HtmlReport().render(before))) {
            assertThat(student).doesNotContain(secrets).contains("keeps spaces")
                    .contains("The hidden tests ran on their own and were stopped: it reached the time limit.");
        }
        assertThat(classroom).doesNotContain(secrets).contains("keeps spaces"); // Classroom shows no detail
        JsonNode gradescope = JSON.readTree(new GradescopeReport().render(before));
        assertThat(gradescope.get("output").asText()).doesNotContain(secrets);
        for (JsonNode test : gradescope.get("tests")) {
            if (!test.get("visibility").asText().equals("after_published")) {
                assertThat(test.toString()).doesNotContain(secrets);
            }
        }
        JsonNode json = JsonReport.toJson(before).get("exercises").get(0);
        assertThat(json.get("verdict").asText()).isEqualTo("TIMEOUT");
        assertThat(json.get("detail").asText()).doesNotContain(secrets);
        assertThat(json.get("hiddenRun").get("verdict").asText()).as("the instructor's record").isEqualTo("TIMEOUT");
        assertThat(json.get("hiddenRun").get("detail").asText()).contains("leaked: SubprocessArgumentsTest");
        assertThat(new JunitXmlReport().render(before)).contains("leaked: SubprocessArgumentsTest");

        GradeReport after = withHiddenRun(new Disclosure(true, true));
        assertThat(new MarkdownReport().render(after)).contains("leaked: SubprocessArgumentsTest")
                .contains("expected: two  spaces, 'single'");
        assertThat(ConsoleReport.render(after)).contains("The hidden tests' run:");
        assertThat(JSON.readTree(new GradescopeReport().render(after)).get("output").asText())
                .contains("leaked: SubprocessArgumentsTest");
    }

    @Test
    void gradescopeGetsEveryTestWithItsOwnVisibility() throws Exception {
        JsonNode tests = JSON.readTree(new GradescopeReport().render(
                report(Outcome.PASSED, Disclosure.beforeDueDate(), Duration.ZERO))).get("tests");

        assertThat(tests).extracting(t -> t.get("visibility").asText())
                .containsExactly("visible", "after_due_date", "after_published", "hidden", "visible", "visible");
        JsonNode bonus = tests.get(4);
        assertThat(bonus.get("max_score").asDouble()).isZero();
        assertThat(bonus.get("score").asDouble()).isEqualTo(1);
        assertThat(bonus.get("tags")).extracting(JsonNode::asText).contains("extra-credit");
        GradeReport released = report(Outcome.PASSED, new Disclosure(false, true), Duration.ZERO);
        assertThat(GradescopeReport.visibility(Visibility.AFTER_RELEASE, released.disclosure())).isEqualTo("visible");
    }

    @Test
    void aLateSubmissionLosesExactlyThePenaltyEverywhere() throws Exception {
        GradeReport late = report(Outcome.PASSED, Disclosure.beforeDueDate(), Duration.ofHours(30)); // 2 started days

        assertThat(late.earnedBeforePenalty()).isEqualTo(8);
        assertThat(late.latePenalty()).isEqualTo(1.6);
        assertThat(late.earned()).isEqualTo(6.4);
        assertThat(Schemas.gradescopeViolations(new GradescopeReport().render(late))).isEmpty();
        JsonNode gradescope = JSON.readTree(new GradescopeReport().render(late));
        assertThat(gradescope.get("score").asDouble()).isEqualTo(6.4);
        JsonNode classroom = JSON.readTree(new String(Base64.getDecoder().decode(new ClassroomRunnerReport().render(late)),
                StandardCharsets.UTF_8));
        double sum = 0;
        for (JsonNode test : classroom.get("tests")) {
            sum += test.get("score").asDouble();
        }
        assertThat(sum).as("the reporter adds up the tests' scores").isEqualTo(6.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(new MarkdownReport().render(late)).contains("2 days late: −20% of the points earned (−1.6)")
                .contains("**Score: 6.4 / 11**");
        JsonNode json = JsonReport.toJson(late);
        assertThat(json.get("lateness").get("units").asInt()).isEqualTo(2);
        assertThat(json.get("scoreBeforeLatePenalty").asDouble()).isEqualTo(8);
    }
}
