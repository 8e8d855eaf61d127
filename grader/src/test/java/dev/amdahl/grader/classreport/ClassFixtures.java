package dev.amdahl.grader.classreport;

import dev.amdahl.grader.gradebook.GradebookEntry;
import dev.amdahl.grader.gradebook.ScoreOverride;
import dev.amdahl.grader.gradebook.SubmissionState;
import dev.amdahl.grader.intake.Lms;
import dev.amdahl.grader.intake.LmsId;
import dev.amdahl.grader.intake.Registration;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grader.scoring.SpeedupResult.Status;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small class of students with rich results, hostile text included, for the class report's tests. */
final class ClassFixtures {

    /** What a hostile student puts where their name and messages go. */
    static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    /** The student id (ids are file-name safe) of the student whose name is hostile. */
    static final String HOSTILE_ID = "mallory";
    static final Instant WHEN = Instant.parse("2026-11-24T10:00:00Z");

    private ClassFixtures() {
    }

    static PlannedTest test(String id, String name, double points) {
        return new PlannedTest(id, "demo.PoolTest", id, name, points);
    }

    /** One exercise with three tests: "counts" passes for {@code counts}, "stops" for {@code stops}. */
    static ExerciseResult exercise(Verdict verdict, boolean counts, boolean stops, boolean edge, String message,
            double speedupRatio, String styleMessage) {
        List<GradedResult> tests = List.of(
                new GradedResult(test("counts", "counts primes", 4), outcome(counts), counts ? "" : message, 10),
                new GradedResult(test("stops", "stops the pool", 3), outcome(stops), stops ? "" : message, 10),
                new GradedResult(test("edge", "handles an empty range " + HOSTILE, 3), outcome(edge),
                        edge ? "" : message, 10));
        ExerciseResult result = new ExerciseResult("threadpools", verdict, "", tests, List.of(), Duration.ofSeconds(9));
        if (styleMessage != null) {
            StyleFinding finding = new StyleFinding("demo/Pool.java", 3, 1, StyleCategory.NAMING, "MethodName",
                    styleMessage);
            StyleFinding magic = new StyleFinding("demo/Pool.java", 9, 1, StyleCategory.LIKELY_BUGS, "MagicNumber",
                    "'42' is a magic number.");
            result = result.withStyle(new StyleReview(new StyleScore(1, 2, Map.of(StyleCategory.NAMING,
                    new CategoryScore(Treatment.GRADED, 1, 1, 2)), List.of(finding, magic, magic)), "src", "10"));
        }
        if (speedupRatio >= 0) {
            SpeedupMeasurement m = new SpeedupMeasurement(7, 4, 1200, 330, 387, 3.64 * speedupRatio, 3.64,
                    speedupRatio, 0.05);
            result = result.withSpeedups(List.of(new SpeedupResult("PrimeSpeedup", "counting primes", 4,
                    speedupRatio >= 0.95 ? 4 : Math.round(4 * speedupRatio * 10) / 10.0, Status.SCORED, m.explain(),
                    Optional.of(m), List.of(new ScalingPoint(1, 1200, 1), new ScalingPoint(4, 387, 3.1)), 1)));
        }
        return result;
    }

    private static Outcome outcome(boolean passed) {
        return passed ? Outcome.PASSED : Outcome.FAILED;
    }

    /** A Canvas user id, as a Canvas download's file name gives it. */
    static Optional<LmsId> canvas(String userId) {
        return Optional.of(new LmsId(Lms.CANVAS, userId));
    }

    /** A Moodle participant number, as a Moodle download's folder name gives it. */
    static Optional<LmsId> moodle(String participant) {
        return Optional.of(new LmsId(Lms.MOODLE, participant));
    }

    static GradebookEntry entry(String id, String name, Optional<LmsId> lmsId, SubmissionState state,
            ExerciseResult exercise) {
        Optional<GradeReport> report = exercise != null
                ? Optional.of(new GradeReport(id, "1.0", "img", WHEN, List.of(exercise)))
                : state.hasResult() ? Optional.of(new GradeReport(id, "1.0", "img", WHEN, List.of()))
                : Optional.empty();
        return new GradebookEntry(new Registration(id, name, lmsId, id + ".zip"), state, report,
                state == SubmissionState.UNUSABLE ? "the archive is broken: " + HOSTILE : "", Optional.empty(), 1, WHEN);
    }

    static GradebookEntry withOverride(GradebookEntry entry, double points) {
        return new GradebookEntry(entry.registration(), entry.state(), entry.report(), entry.problem(),
                Optional.of(new ScoreOverride(points, "prof", "regraded by hand", WHEN.plusSeconds(3600))),
                entry.attempts(), entry.updatedAt());
    }

    /** Six students: graded ones of every kind, one hostile, one incomplete, one unusable, one not graded yet. */
    static List<GradebookEntry> classOfSix() {
        List<GradebookEntry> entries = new ArrayList<>();
        entries.add(entry("alice", "Alice Martin", canvas("101"), SubmissionState.GRADED,
                exercise(Verdict.COMPLETED, true, true, true, "", 1.0, null)));
        entries.add(entry("bob", "Bob Chen", canvas("102"), SubmissionState.GRADED,
                exercise(Verdict.COMPLETED, true, false, false, "expected 3 but was 2", 0.6,
                        "Name 'P' must match pattern '^[a-z][a-zA-Z0-9]*$'.")));
        entries.add(entry(HOSTILE_ID, HOSTILE, Optional.empty(), SubmissionState.GRADED,
                exercise(Verdict.COMPLETED, true, true, false, HOSTILE, 0.9, "Name '" + HOSTILE + "' must match.")));
        entries.add(entry("dana", "Dana Ito", canvas("104"), SubmissionState.INCOMPLETE,
                exercise(Verdict.TIMEOUT, false, false, false, "time limit", -1, "Name 'Q' must match.")));
        // as ExerciseResults.unusable records it: every exercise REJECTED, no test run
        entries.add(entry("erin", "Erin Diaz", canvas("105"), SubmissionState.UNUSABLE,
                exercise(Verdict.REJECTED, false, false, false, "not run: the submission could not be opened", -1,
                        null)));
        entries.add(entry("femi", "Femi Okafor", Optional.empty(), SubmissionState.PENDING, null));
        return entries;
    }
}
