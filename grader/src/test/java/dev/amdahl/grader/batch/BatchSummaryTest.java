package dev.amdahl.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.gradebook.GradebookEntry;
import dev.amdahl.grader.gradebook.ScoreOverride;
import dev.amdahl.grader.gradebook.SubmissionState;
import dev.amdahl.grader.intake.Lms;
import dev.amdahl.grader.intake.LmsId;
import dev.amdahl.grader.intake.Registration;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {

    private static final Instant WHEN = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void countsEachStateTimeoutsAndTheAverageWithOverrides() {
        List<GradebookEntry> entries = List.of(
                entry("ada", SubmissionState.GRADED, Verdict.COMPLETED, 2, Optional.empty()),
                entry("bob", SubmissionState.GRADED, Verdict.TIMEOUT, 1, Optional.empty()),
                entry("cy", SubmissionState.UNUSABLE, Verdict.REJECTED, 0, Optional.empty()),
                entry("di", SubmissionState.GRADED, Verdict.COMPLETED, 0,
                        Optional.of(new ScoreOverride(3, "Dr. Lee", "oral exam", WHEN))));

        BatchSummary summary = BatchSummary.of(entries);

        assertThat(summary.submissions()).isEqualTo(4);
        assertThat(summary.graded()).isEqualTo(3);
        assertThat(summary.unusable()).isEqualTo(1);
        assertThat(summary.incomplete()).isZero();
        assertThat(summary.timedOut()).isEqualTo(1);
        assertThat(summary.average()).as("(2 + 1 + 3, the override) / 3: an unusable upload has no score, not 0")
                .contains(2.0);
        assertThat(summary.complete()).isTrue();
        assertThat(summary.text()).contains("4 submissions: 3 graded, 0 failed internally, 1 unusable; "
                + "1 timed out.").contains("Average score: 2 / 3.");
    }

    @Test
    void namesTheStudentsAnLmsFileLeavesOut() {
        List<GradebookEntry> entries = List.of(
                withLmsId(entry("andersenfreja", SubmissionState.GRADED, Verdict.COMPLETED, 3, Optional.empty()),
                        new LmsId(Lms.CANVAS, "12359")),
                withLmsId(entry("jane-doe", SubmissionState.GRADED, Verdict.COMPLETED, 3, Optional.empty()),
                        new LmsId(Lms.MOODLE, "123456")),
                entry("ada", SubmissionState.GRADED, Verdict.COMPLETED, 3, Optional.empty()));

        assertThat(BatchSummary.of(entries).text()).contains("grades-canvas.csv leaves out 2 students without a "
                + "Canvas user id (their submissions came from elsewhere): jane-doe, ada. Enter their grades in "
                + "Canvas by hand.\n").contains("grades-moodle.csv leaves out 2 students without a Moodle participant "
                + "number (their submissions came from elsewhere): andersenfreja, ada. Enter their grades in Moodle by "
                + "hand.\n");
        assertThat(BatchSummary.of(entries.subList(0, 1)).text()).as("a class from one LMS only")
                .doesNotContain("leaves out");
    }

    @Test
    void anIncompleteOrUnfinishedBatchSaysHowToGoOn() {
        List<GradebookEntry> entries = List.of(
                entry("ada", SubmissionState.INCOMPLETE, Verdict.INTERNAL_ERROR, 0, Optional.empty()),
                new GradebookEntry(new Registration("bob", "bob", "bob.zip"), SubmissionState.PENDING,
                        Optional.empty(), "", Optional.empty(), 0, WHEN));

        BatchSummary summary = BatchSummary.of(entries);

        assertThat(summary.complete()).isFalse();
        assertThat(summary.unfinished()).isEqualTo(1);
        assertThat(summary.text()).contains("1 not graded yet").contains("--regrade-incomplete")
                .contains("resumes where this run stopped");
    }

    private static GradebookEntry entry(String id, SubmissionState state, Verdict verdict, int passed,
            Optional<ScoreOverride> override) {
        List<GradedResult> tests = List.of(result("a", passed >= 1), result("b", passed >= 2),
                result("c", passed >= 3));
        ExerciseResult exercise = new ExerciseResult("latency", verdict, "", tests, List.of(), Duration.ZERO);
        GradeReport report = new GradeReport(id, "test", "sandbox", WHEN, List.of(exercise));
        return new GradebookEntry(new Registration(id, id, id + ".zip"), state, Optional.of(report), "",
                override, 1, WHEN);
    }

    private static GradebookEntry withLmsId(GradebookEntry entry, LmsId id) {
        Registration r = entry.registration();
        return new GradebookEntry(new Registration(r.student(), r.name(), Optional.of(id), r.origin()),
                entry.state(), entry.report(), entry.problem(), entry.override(), entry.attempts(), entry.updatedAt());
    }

    private static GradedResult result(String name, boolean passed) {
        return new GradedResult(new PlannedTest("[test:" + name + "]", "T", name, name, 1),
                passed ? Outcome.PASSED : Outcome.FAILED, passed ? "" : "wrong", 1);
    }
}
