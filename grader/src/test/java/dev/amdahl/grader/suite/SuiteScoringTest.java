package dev.amdahl.grader.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.course.PlantedBug;
import dev.amdahl.grader.course.StudentTestsRubric;
import dev.amdahl.grader.course.Thresholds;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuiteScoringTest {

    private static final String SPLITS = "[engine:junit-jupiter]/[class:x.ParserTest]/[method:splitsFields()]";
    private static final String COUNTS = "[engine:junit-jupiter]/[class:x.PipelineTest]/[method:countsPerPath()]";
    private static final String BROKEN = "[engine:junit-jupiter]/[class:x.PipelineTest]/[method:wrongOnPurpose()]";

    private static final StudentTestsRubric RUBRIC = new StudentTestsRubric(Thresholds.parse("60:2, 80:4"),
            Thresholds.parse("50:1"), true, 2);
    private static final PlantedBug OFF_BY_ONE = bug("off-by-one", false);
    private static final PlantedBug LOST_LINE = bug("lost-last-line", false);
    private static final PlantedBug REWRITE = bug("as-a-stream", true);
    private static final List<PlantedBug> BUGS = List.of(REWRITE, LOST_LINE, OFF_BY_ONE);
    private static final CoverageSummary HIGH = new CoverageSummary(85, 100, 6, 10);

    private static PlantedBug bug(String id, boolean equivalent) {
        return new PlantedBug(id, id.replace('-', ' '), "what went wrong with " + id, equivalent, Path.of(id));
    }

    private static Map<String, Outcome> outcomes(Outcome splits, Outcome counts, Outcome broken) {
        Map<String, Outcome> map = new HashMap<>();
        map.put(SPLITS, splits);
        map.put(COUNTS, counts);
        map.put(BROKEN, broken);
        return map;
    }

    private static final Map<String, Outcome> ON_PROGRAM = Map.of(SPLITS, Outcome.PASSED, COUNTS, Outcome.PASSED);

    private static Map<String, Outcome> byItem(List<GradedResult> results) {
        Map<String, Outcome> map = new java.util.LinkedHashMap<>();
        results.forEach(r -> map.put(r.test().methodName(), r.outcome()));
        return map;
    }

    private static double earned(List<GradedResult> results) {
        return results.stream().mapToDouble(GradedResult::pointsEarned).sum();
    }

    @Test
    void theMaximumIsEveryBugAndEveryThreshold() {
        assertThat(SuiteScoring.plan(RUBRIC, BUGS)).extracting(p -> p.points())
                .containsExactly(0.0, 2.0, 2.0, 2.0, 2.0, 1.0);
        assertThat(SuiteScoring.plan(RUBRIC, BUGS).stream().mapToDouble(p -> p.maxPoints()).sum()).isEqualTo(9);
    }

    @Test
    void aBugIsCaughtByATestThatPassesOnTheProgramAndFailsOnTheBug() {
        List<GradedResult> results = SuiteScoring.grade(RUBRIC, BUGS, ON_PROGRAM, Optional.of(HIGH), Map.of(
                "as-a-stream", Map.of(SPLITS, Outcome.PASSED, COUNTS, Outcome.PASSED),
                "lost-last-line", Map.of(SPLITS, Outcome.PASSED, COUNTS, Outcome.TIMED_OUT),
                "off-by-one", Map.of(SPLITS, Outcome.PASSED, COUNTS, Outcome.PASSED)));

        assertThat(byItem(results)).containsExactly(Map.entry("as a stream", Outcome.PASSED),
                Map.entry("lost last line", Outcome.PASSED), Map.entry("off by one", Outcome.FAILED),
                Map.entry("lines 60 %", Outcome.PASSED), Map.entry("lines 80 %", Outcome.PASSED),
                Map.entry("branches 50 %", Outcome.PASSED));
        assertThat(earned(results)).as("one bug, line coverage 85 %%, branches 60 %%").isEqualTo(2 + 4 + 1);
        assertThat(results.get(2).message()).startsWith("Missed");
    }

    @Test
    void aSuiteThatCatchesNothingEarnsNoCoverage() {
        List<GradedResult> results = SuiteScoring.grade(RUBRIC, BUGS, ON_PROGRAM, Optional.of(HIGH), Map.of(
                "as-a-stream", ON_PROGRAM, "lost-last-line", ON_PROGRAM, "off-by-one", ON_PROGRAM));

        assertThat(earned(results)).isZero();
        assertThat(results.get(3).message()).contains("85.0 % (85 of 100)").contains("catch at least one");
    }

    @Test
    void aTestThatFailsOnTheProgramCatchesNothingAndStopsCoverageCounting() {
        Map<String, Outcome> withAFailure = outcomes(Outcome.PASSED, Outcome.PASSED, Outcome.FAILED);
        Map<String, Outcome> brokenOnlyFailsOnBugs = outcomes(Outcome.PASSED, Outcome.PASSED, Outcome.FAILED);
        List<GradedResult> results = SuiteScoring.grade(RUBRIC, BUGS, withAFailure, Optional.of(HIGH), Map.of(
                "as-a-stream", withAFailure, "lost-last-line", brokenOnlyFailsOnBugs, "off-by-one", withAFailure));

        assertThat(byItem(results)).containsEntry("lost last line", Outcome.FAILED)
                .containsEntry("lines 60 %", Outcome.FAILED);
        assertThat(earned(results)).isZero();
        assertThat(results.get(3).message()).contains("every test passes on the program")
                .contains("PipelineTest.wrongOnPurpose");
    }

    @Test
    void itemsNeverNameABugsFolderOnlyItsKind() {
        List<PlantedBug> twoOfAKind = List.of(new PlantedBug("status-500-not-error", "Wrong classification", "d",
                false, Path.of("a")), new PlantedBug("status-404-as-error", "wrong classification", "d", false,
                Path.of("b")));

        assertThat(SuiteScoring.plan(RUBRIC, twoOfAKind)).extracting(p -> p.uniqueId()).startsWith(
                "[suite:planted-bug]/[wrong-classification]", "[suite:planted-bug]/[wrong-classification-2]")
                .noneMatch(id -> id.contains("status"));
    }

    @Test
    void aSuiteThatFailsOnAnEquivalentRewriteLosesItsBugsAndItsCoverage() {
        Map<String, Outcome> failsEverywhere = Map.of(SPLITS, Outcome.FAILED, COUNTS, Outcome.PASSED);
        List<GradedResult> results = SuiteScoring.grade(RUBRIC, BUGS, ON_PROGRAM, Optional.of(HIGH), Map.of(
                "as-a-stream", failsEverywhere, "lost-last-line", failsEverywhere, "off-by-one", failsEverywhere));

        assertThat(earned(results)).isZero();
        assertThat(results.get(0).message()).contains("ParserTest.splitsFields").contains("not how it is written");
        assertThat(results.get(1).message()).startsWith("Caught, but it does not count");
    }

    @Test
    void withoutTheGateCoverageCountsOnItsOwn() {
        StudentTestsRubric ungated = new StudentTestsRubric(RUBRIC.lineCoverage(), RUBRIC.branchCoverage(), false, 2);
        List<GradedResult> results = SuiteScoring.grade(ungated, BUGS, ON_PROGRAM,
                Optional.of(new CoverageSummary(70, 100, 0, 0)), Map.of());

        assertThat(byItem(results)).containsEntry("lines 60 %", Outcome.PASSED)
                .containsEntry("lines 80 %", Outcome.FAILED).containsEntry("branches 50 %", Outcome.PASSED)
                .containsEntry("off by one", Outcome.NOT_RUN);
        assertThat(earned(results)).as("60 %% of lines; no branches at all counts as all of them").isEqualTo(3);
    }

    @Test
    void withoutAFinishedRunNothingIsEarnedAndTheReasonIsGiven() {
        List<GradedResult> results = SuiteScoring.grade(RUBRIC, BUGS, ON_PROGRAM, Optional.empty(), Map.of());

        assertThat(results).extracting(GradedResult::outcome).containsOnly(Outcome.NOT_RUN);
        assertThat(results.get(1).message()).contains("the run stopped before");
        assertThat(results.getLast().message()).contains("did not finish");
    }

    @Test
    void aSuiteWithoutTestsMissesEveryBug() {
        List<GradedResult> results = SuiteScoring.grade(RUBRIC, BUGS, Map.of(),
                Optional.of(new CoverageSummary(0, 100, 0, 10)), Map.of());

        assertThat(results.subList(0, 3)).extracting(GradedResult::outcome).containsOnly(Outcome.FAILED);
        assertThat(results.get(1).message()).contains("no test of yours passes");
        assertThat(earned(results)).isZero();
    }

    @Test
    void testIdsAreShownAsClassAndMethod() {
        assertThat(SuiteScoring.shortName(COUNTS)).isEqualTo("PipelineTest.countsPerPath");
        assertThat(SuiteScoring.shortName("plain")).isEqualTo("plain");
    }
}
