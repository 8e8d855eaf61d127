package dev.amdahl.grading.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.Scores;
import dev.amdahl.grading.TestKind;
import dev.amdahl.grading.classroom.ClassroomReport.TestFeedback;
import dev.amdahl.grading.classroom.RunnerResults.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassroomReportTest {

    @Test
    void sharesHundredthsSoTheyAddUpToTheRoundedTotal() {
        // the hundredths left go to the largest remainders, the first of equal ones
        double third = 10.0 / 3;
        assertEquals(List.of(334L, 333L, 333L), boxed(ClassroomReport.cents(new double[] {third, third, third})));
        assertEquals(List.of(334L, 0L, 333L), boxed(ClassroomReport.cents(new double[] {third, 0, third})));
        assertEquals(List.of(13L), boxed(ClassroomReport.cents(new double[] {0.125})), "rounded half up");
        assertEquals(List.of(29L, 1L), boxed(ClassroomReport.cents(new double[] {0.29, 0.01})));
    }

    @Test
    void scoresAddUpExactlyInTheReportersOrder() {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            List<PlanEntry> plan = new ArrayList<>();
            List<ReportedResult> results = new ArrayList<>();
            double sum = 0;
            int tests = 1 + random.nextInt(12);
            for (int i = 0; i < tests; i++) {
                double points = random.nextBoolean() ? 1 + random.nextInt(10) : (1.0 + random.nextInt(20))
                        / (1 + random.nextInt(7));
                String id = "t" + i;
                plan.add(new PlanEntry("e" + (i % 3), id, points, false, TestKind.BEHAVIOUR, id));
                boolean passed = random.nextInt(4) > 0;
                results.add(new ReportedResult(id, passed ? Outcome.PASSED : Outcome.FAILED, passed ? points : 0,
                        points, false, 1, id, ""));
            }
            ResultsFile.Contents contents = new ResultsFile.Contents(results, 0);
            ClassroomReport report = ClassroomReport.of(plan,
                    Map.of("e0", contents, "e1", contents, "e2", contents));
            for (TestFeedback test : report.tests()) {
                sum += test.score();
                assertTrue(Math.abs(test.score() - test.cents() / 100.0) < 1e-9, test.toString());
            }
            assertEquals(report.earned(), sum, "round " + round + ": " + report.tests());
            for (var exercise : report.exercises()) {
                List<dev.amdahl.grading.GradedResult> local = new ArrayList<>();
                for (TestFeedback test : exercise.tests()) {
                    var planned = new dev.amdahl.grading.PlannedTest(test.entry().uniqueId(), "C", "m", "m",
                            test.entry().points());
                    local.add(new dev.amdahl.grading.GradedResult(planned, test.outcome(), "", 0));
                }
                assertEquals(Scores.earned(local), exercise.earned(), "as the student's table adds them");
            }
        }
    }

    @Test
    void clampsWhatTheResultsClaim() {
        List<PlanEntry> plan = List.of(
                new PlanEntry("e", "bonus", 2, true, TestKind.BEHAVIOUR, "bonus"),
                new PlanEntry("e", "nan", 2, false, TestKind.BEHAVIOUR, "nan"),
                new PlanEntry("e", "negative", 2, false, TestKind.BEHAVIOUR, "negative"),
                new PlanEntry("e", "rule", 3, false, TestKind.STRUCTURE, "rule"));
        List<ReportedResult> results = List.of(
                new ReportedResult("bonus", Outcome.PASSED, 99, 99, true, 1, "bonus", ""),
                new ReportedResult("nan", Outcome.PASSED, Double.NaN, 2, false, 1, "nan", ""),
                new ReportedResult("negative", Outcome.PASSED, -5, 2, false, 1, "negative", ""),
                new ReportedResult("rule", Outcome.PASSED, 0, 3, false, 1, "rule", ""));

        ClassroomReport report = ClassroomReport.of(plan, Map.of("e", new ResultsFile.Contents(results, 0)));

        assertEquals(List.of(200L, 0L, 0L, 0L), report.tests().stream().map(TestFeedback::cents).toList());
        assertEquals(2, report.earned(), "extra credit: at most its points");
        assertEquals(7, report.possible(), "extra credit does not raise the maximum");
        assertEquals(Status.PASS, report.status());
        assertTrue(FeedbackMarkdown.render(report, "").contains(
                "**rule**: passed; structure points count once a behaviour test passes."));
    }

    @Test
    void aTestThatDidNotRunIsAnErrorAndAFailureFails() {
        List<PlanEntry> plan = List.of(new PlanEntry("e", "a", 1, false, TestKind.BEHAVIOUR, "a"),
                new PlanEntry("e", "b", 1, false, TestKind.BEHAVIOUR, "b"));
        ResultsFile.Contents one = new ResultsFile.Contents(
                List.of(new ReportedResult("a", Outcome.TIMED_OUT, 0, 1, false, 1, "a", "")), 0);
        ResultsFile.Contents both = new ResultsFile.Contents(
                List.of(new ReportedResult("a", Outcome.TIMED_OUT, 0, 1, false, 1, "a", ""),
                        new ReportedResult("b", Outcome.PASSED, 1, 1, false, 1, "b", "")), 0);

        ClassroomReport missing = ClassroomReport.of(plan, Map.of("e", one));
        assertEquals(Status.ERROR, missing.status());
        assertEquals(ClassroomReport.NOT_IN_RESULTS, missing.tests().get(1).message(), "the others ran");
        assertEquals(ClassroomReport.DID_NOT_RUN, ClassroomReport.of(plan, Map.of()).tests().get(1).message());
        ClassroomReport failed = ClassroomReport.of(plan, Map.of("e", both));
        assertEquals(Status.FAIL, failed.status());
        assertEquals("timed out", failed.tests().get(0).message());
        assertEquals(Status.PASS, ClassroomReport.of(List.of(), Map.of()).status());
    }

    @Test
    void escapesJsonStrings() {
        assertEquals("\"q\\\" b\\\\ n\\n t\\t c\\u0001 ls\\u2028 lone\\ud800 pair🎉\"",
                RunnerJson.string("q\" b\\ n\n t\t c\u0001 ls\u2028 lone\ud800 pair🎉"));
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
