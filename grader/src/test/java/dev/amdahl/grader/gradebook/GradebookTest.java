package dev.amdahl.grader.gradebook;

import static dev.amdahl.grader.gradebook.SampleRegistrations.student;
import static dev.amdahl.grader.gradebook.SampleRegistrations.students;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.intake.FetchLog.Observation;
import dev.amdahl.grader.intake.Lms;
import dev.amdahl.grader.intake.LmsId;
import dev.amdahl.grader.intake.Registration;
import dev.amdahl.grader.scoring.GradeReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Opening the gradebook's file, and what its parts share: one file that survives closing, a schema brought up to
 * date, and a submission that goes through the work queue and the results together.
 */
class GradebookTest extends GradebookFixture {

    @Test
    void aSubmissionGoesFromPendingThroughGradingToGraded() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            assertThat(gradebook.queue().register(students("carol", "alice", "bob"))).isEqualTo(3);
            assertThat(gradebook.queue().counts()).containsEntry(SubmissionState.PENDING, 3)
                    .containsEntry(SubmissionState.GRADED, 0).hasSize(SubmissionState.values().length);

            assertThat(gradebook.queue().claim()).contains(student("alice"));
            assertThat(gradebook.queue().claim()).contains(student("bob"));
            GradeReport alice = SampleReports.rich("alice", 1);
            gradebook.results().record("alice", alice, SubmissionState.AWAITING_TIMING);
            GradeReport bob = SampleReports.simple("bob", 1);
            gradebook.results().recordUnusable("bob", bob, "the archive is broken: unexpected end of ZIP");

            assertThat(gradebook.queue().awaitingTiming()).containsExactly(student("alice"));
            GradeReport timed = SampleReports.rich("alice", 2);
            gradebook.results().record("alice", timed, SubmissionState.GRADED);

            List<GradebookEntry> entries = gradebook.results().entries();
            assertThat(entries).extracting(GradebookEntry::student).containsExactly("alice", "bob", "carol");
            GradebookEntry first = entries.get(0);
            assertThat(first.registration()).isEqualTo(student("alice"));
            assertThat(first.state()).isEqualTo(SubmissionState.GRADED);
            assertThat(first.report()).contains(timed);
            assertThat(first.attempts()).isEqualTo(2);
            assertThat(first.problem()).isEmpty();
            assertThat(first.override()).isEmpty();
            assertThat(first.score()).contains(timed.earned());
            assertThat(entries.get(1).state()).isEqualTo(SubmissionState.UNUSABLE);
            assertThat(entries.get(1).problem()).isEqualTo("the archive is broken: unexpected end of ZIP");
            assertThat(entries.get(1).report()).contains(bob);
            assertThat(entries.get(2).state()).isEqualTo(SubmissionState.PENDING);
            assertThat(entries.get(2).report()).isEmpty();
            assertThat(entries.get(2).attempts()).isZero();
            assertThat(entries.get(2).updatedAt()).isEqualTo(START);

            assertThat(gradebook.queue().awaitingTiming()).isEmpty();
            assertThat(gradebook.queue().counts()).containsEntry(SubmissionState.GRADED, 1)
                    .containsEntry(SubmissionState.UNUSABLE, 1).containsEntry(SubmissionState.PENDING, 1)
                    .containsEntry(SubmissionState.GRADING, 0);
            assertThat(gradebook.queue().claim()).contains(student("carol"));
            assertThat(gradebook.queue().claim()).isEmpty();
        }
        // The columns beside the report say the same as the report, for exports that do not decode it.
        assertThat(GradebookSql.column(file, "SELECT score || '/' || possible || '/' || complete FROM results"
                + " WHERE student = 'alice' AND current = 1"))
                .containsExactly(SampleReports.rich("alice", 2).earned() + "/" + SampleReports.rich("alice", 2)
                        .possible() + "/0");
    }

    @Test
    void whatWasRecordedSurvivesClosingAndAKilledRunsClaimsArePutBack() throws Exception {
        List<GradebookEntry> before;
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.queue().register(students("alice", "bob", "carol"));
            gradebook.queue().claim();
            gradebook.results().record("alice", SampleReports.rich("alice", 1), SubmissionState.INCOMPLETE);
            gradebook.queue().claim();
            gradebook.results().override("alice", 7, "Prof. Ng", "speedup checked by hand");
            gradebook.fetchLog().observed("https://example.org/bob.git", START, "a".repeat(40));
            before = gradebook.results().entries();
        }
        assertThat(GradebookSql.column(file, "PRAGMA journal_mode")).containsExactly("wal");

        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            assertThat(gradebook.results().entries()).isEqualTo(before);
            assertThat(gradebook.queue().counts()).containsEntry(SubmissionState.GRADING, 1);

            assertThat(gradebook.queue().resumeInterrupted()).isEqualTo(1);

            assertThat(gradebook.queue().counts()).containsEntry(SubmissionState.GRADING, 0)
                    .containsEntry(SubmissionState.PENDING, 2).containsEntry(SubmissionState.INCOMPLETE, 1);
            assertThat(gradebook.queue().claim()).contains(student("bob"));
            assertThat(gradebook.fetchLog().observations("https://example.org/bob.git"))
                    .containsExactly(new Observation(START, "a".repeat(40)));
            assertThat(gradebook.queue().resumeInterrupted()).isEqualTo(1);
            assertThat(gradebook.queue().resumeInterrupted()).isZero();
        }
    }

    @Test
    void aGradebookFromANewerGraderOrAnotherDatabaseIsRefused() throws Exception {
        Gradebook.open(file, clock).close();
        GradebookSql.execute(file, "UPDATE schema_version SET version = " + (GradebookSchema.VERSION + 1));
        assertThatThrownBy(() -> Gradebook.open(file, clock)).isInstanceOf(GradebookException.class)
                .hasMessageContaining("newer amdahl").hasMessageContaining("new --out");

        Path other = out.resolve("other.sqlite");
        GradebookSql.execute(other, "CREATE TABLE notes (text TEXT)");
        assertThatThrownBy(() -> Gradebook.open(other, clock)).isInstanceOf(GradebookException.class)
                .hasMessageContaining("not an amdahl gradebook");

        Path garbage = Files.writeString(out.resolve("garbage.sqlite"), "x".repeat(4096));
        assertThatThrownBy(() -> Gradebook.open(garbage, clock)).isInstanceOf(GradebookException.class)
                .hasMessageContaining("choose another --out folder");
    }

    @Test
    void anIdFromAGradebookThatDidNotRecordItsLmsIsNotGuessedUntilTheNextRegistration() throws Exception {
        Gradebook.open(file, clock).close();
        // As the first schema left it: the number, but not which LMS gave it.
        GradebookSql.execute(file, "ALTER TABLE submissions DROP COLUMN lms");
        GradebookSql.execute(file, "UPDATE schema_version SET version = 1");
        GradebookSql.execute(file, "INSERT INTO submissions (student, name, lms_user_id, origin, state,"
                + " registered_at, updated_at) VALUES ('freja', 'andersenfreja', '12359',"
                + " 'andersenfreja_12359_67904_latency.zip', 'PENDING', '" + START + "', '" + START + "')");

        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            assertThat(gradebook.results().entries().getFirst().registration().lmsId()).isEmpty();

            Registration canvas = new Registration("freja", "andersenfreja",
                    Optional.of(new LmsId(Lms.CANVAS, "12359")), "andersenfreja_12359_67904_latency.zip");
            gradebook.queue().register(List.of(canvas));
            assertThat(gradebook.results().entries().getFirst().registration()).isEqualTo(canvas);
            assertThat(gradebook.results().entries().getFirst().registration().idIn(Lms.MOODLE)).isEmpty();
        }
    }

    @Test
    void aNewGradebookIsCreatedInAFolderThatDoesNotExistYet() throws Exception {
        Path nested = out.resolve("batch/2026").resolve(Gradebook.FILE_NAME);
        try (Gradebook gradebook = Gradebook.open(nested, clock)) {
            assertThat(gradebook.results().entries()).isEmpty();
            assertThat(gradebook.file()).isEqualTo(nested.toAbsolutePath());
        }
        assertThat(GradebookSql.column(nested, "SELECT version FROM schema_version"))
                .containsExactly(String.valueOf(GradebookSchema.VERSION));
        assertThat(GradebookSql.column(nested, "PRAGMA integrity_check")).containsExactly("ok");
        assertThat(Collections.frequency(GradebookSql.column(nested,
                "SELECT name FROM sqlite_master WHERE type = 'index'"), "results_one_current")).isEqualTo(1);
    }
}
