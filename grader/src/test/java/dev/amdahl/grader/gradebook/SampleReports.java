package dev.amdahl.grader.gradebook;

import dev.amdahl.grader.scoring.Disclosure;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.LatePolicy;
import dev.amdahl.grader.scoring.Lateness;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grader.scoring.StyleReview;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grader.style.CategoryScore;
import dev.amdahl.grader.style.StyleCategory;
import dev.amdahl.grader.style.StyleFinding;
import dev.amdahl.grader.style.StyleScore;
import dev.amdahl.grader.style.Treatment;
import dev.amdahl.grader.scoring.ScalingPoint;
import dev.amdahl.grader.scoring.SpeedupMeasurement;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.TestKind;
import dev.amdahl.grading.Visibility;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Grade reports for the gradebook's tests: every part of the model filled in, with awkward values. */
final class SampleReports {

    private SampleReports() {
    }

    /**
     * A report with tests of every outcome, style findings, speedups of every status, a hidden tests' run, lateness
     * and disclosure;
     * variant 3 has a spread that is not a number.
     */
    static GradeReport rich(String submission, int variant) {
        List<GradedResult> tests = new ArrayList<>();
        Outcome[] outcomes = Outcome.values();
        Visibility[] visibilities = Visibility.values();
        for (int i = 0; i < outcomes.length; i++) {
            PlannedTest planned = new PlannedTest("[engine:junit-jupiter]/[class:Test" + i + "]/[method:m()]",
                    "dev.example.Test" + i, "m" + i, "does thing «" + i + "» — ünïcode \"quoted\"\n", 1.5 + i,
                    i == 2, visibilities[i % visibilities.length], i % 2 == 0 ? TestKind.BEHAVIOUR : TestKind.STRUCTURE);
            tests.add(new GradedResult(planned, outcomes[i], outcomes[i] == Outcome.PASSED ? "" : "expected 3 but was "
                    + (variant + i), 17L * i + variant));
        }
        StyleScore style = new StyleScore(2.25, 3.0,
                Map.of(StyleCategory.NAMING, new CategoryScore(Treatment.GRADED, 3, 0.75, 2.0),
                        StyleCategory.FORMATTING, new CategoryScore(Treatment.FEEDBACK, 1, 0, 0),
                        StyleCategory.LIKELY_BUGS, new CategoryScore(Treatment.OFF, 2, 0, 0)),
                List.of(new StyleFinding("dev/example/Sum.java", 12, 5, StyleCategory.NAMING, "MethodName",
                        "Name 'Foo' must match pattern '^[a-z][a-zA-Z0-9]*$'."),
                        new StyleFinding("dev/example/Sum.java", 0, 0, StyleCategory.FORMATTING, "FileTabCharacter",
                                "File contains tab characters (this is the first instance).")));
        List<SpeedupResult> speedups = new ArrayList<>();
        for (SpeedupResult.Status status : SpeedupResult.Status.values()) {
            if (status == SpeedupResult.Status.SCORED) {
                speedups.add(new SpeedupResult("dev.example.SumSpeedup", "summing " + variant + " numbers", 4, 3.2,
                        status, "On 4 cores…", Optional.of(new SpeedupMeasurement(7, 4, 812.5, 230.1, 245.0,
                                3.3163265306122449, 3.531, 0.1 + 0.2, variant == 3 ? Double.NaN : 0.0123)),
                        List.of(new ScalingPoint(1, 812.0, 1.0), new ScalingPoint(2, 420.3, 1.9332619557458958)), 2));
            } else {
                speedups.add(SpeedupResult.unmeasured("dev.example." + status, null, 2, status, "why " + status));
            }
        }
        ExerciseResult graded = new ExerciseResult("sum", Verdict.COMPLETED, "", tests, List.of("left out Main.java"),
                Duration.ofMillis(12_345).plusNanos(678), new ExerciseResult.Provenance("ab".repeat(32), "21.0.9",
                        "cd".repeat(32), -4_611_686_018_427_387_904L + variant), Optional.of(new StyleReview(style,
                        "exercises/sum/src/main/java", "14.4.0")), speedups,
                Optional.of(new ExerciseResult.HiddenRun(Verdict.TIMEOUT, "The tests did not finish within 120 s.\n"
                        + "Last lines of output:\n«" + variant + "»")));
        ExerciseResult broken = new ExerciseResult("matrix", Verdict.COMPILE_ERROR, "Matrix.java:3: error: ';'", List.of(),
                List.of(), Duration.ZERO);
        ExerciseResult ours = new ExerciseResult("pipeline", Verdict.INTERNAL_ERROR, null, tests.subList(0, 2),
                List.of(), Duration.ofSeconds(1));
        Lateness lateness = new Lateness(Instant.parse("2026-12-03T10:15:30.123456789Z"),
                Instant.parse("2026-12-01T22:59:00Z"), Duration.ofMinutes(15), Duration.ofHours(35).plusSeconds(1),
                2, LatePolicy.Unit.DAY, new BigDecimal("20.50"));
        return new GradeReport(submission, "0.1.0-SNAPSHOT", "amdahl-sandbox:0123abcd",
                Instant.parse("2026-12-04T08:00:00.000000001Z").plusSeconds(variant), List.of(graded, broken, ours),
                Optional.of(lateness), new Disclosure(true, variant % 2 == 0));
    }

    /** A plain report: one exercise, {@code passed} of two tests passed, on time. */
    static GradeReport simple(String submission, int passed) {
        List<GradedResult> tests = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            tests.add(new GradedResult(new PlannedTest("id" + i, "T", "m" + i, "test " + i, 5),
                    i < passed ? Outcome.PASSED : Outcome.FAILED, i < passed ? "" : "wrong", 3));
        }
        return new GradeReport(submission, "test", "sandbox", Instant.parse("2026-12-04T08:00:00Z"),
                List.of(new ExerciseResult("sum", Verdict.COMPLETED, "", tests, List.of(), Duration.ofSeconds(2))));
    }
}
