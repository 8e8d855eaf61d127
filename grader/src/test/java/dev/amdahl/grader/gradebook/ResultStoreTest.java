package dev.amdahl.grader.gradebook;

import static dev.amdahl.grader.gradebook.SampleRegistrations.student;
import static dev.amdahl.grader.gradebook.SampleRegistrations.students;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.scoring.GradeReport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultStoreTest extends GradebookFixture {

    @Test
    void aRegradeKeepsTheCurrentResultUntilTheNewOneIsRecorded() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.queue().register(students("alice", "bob"));
            GradeReport first = SampleReports.simple("alice", 1);
            gradebook.queue().claim();
            gradebook.results().record("alice", first, SubmissionState.GRADED);

            assertThat(gradebook.queue().requestRegrade("alice")).isEqualTo(1);
            assertThat(gradebook.queue().requestRegrade("alice")).isZero();
            assertThat(gradebook.queue().requestRegrade("bob")).as("bob has no result: nothing to regrade").isZero();

            GradebookEntry waiting = gradebook.results().entries().getFirst();
            assertThat(waiting.state()).isEqualTo(SubmissionState.PENDING);
            assertThat(waiting.report()).as("the result stays current until replaced").contains(first);
            assertThat(GradebookSql.studentsWithoutOneCurrentResult(file)).isEmpty();

            assertThat(gradebook.queue().claim()).contains(student("alice"));
            assertThat(gradebook.results().entries().getFirst().report()).contains(first);
            GradeReport second = SampleReports.simple("alice", 2);
            Instant recordedAt = clock.peek();
            gradebook.results().record("alice", second, SubmissionState.GRADED);

            assertThat(gradebook.results().entries().getFirst().report()).contains(second);
            assertThat(gradebook.results().entries().getFirst().attempts()).isEqualTo(2);
            assertThat(gradebook.results().history("alice")).containsExactly(
                    new HistoryItem.Result(1, START.plusSeconds(2), SubmissionState.GRADED, first.earned(),
                            first.possible(), true, "", false),
                    new HistoryItem.Result(2, recordedAt, SubmissionState.GRADED, second.earned(),
                            second.possible(), true, "", true));
            assertThat(GradebookSql.studentsWithoutOneCurrentResult(file)).isEmpty();
            assertThat(GradebookSql.column(file, "SELECT count(*) FROM results")).containsExactly("2");
        }
    }

    @Test
    void anUnknownStudentIsRefusedWithTheIdsThatExist() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            assertThatThrownBy(() -> gradebook.queue().requestRegrade("alice")).isInstanceOf(GradebookException.class)
                    .hasMessageContaining("no submissions yet");
            gradebook.queue().register(students("alice", "bob", "carol"));

            assertThatThrownBy(() -> gradebook.queue().requestRegrade("alcie")).isInstanceOf(GradebookException.class)
                    .hasMessageContaining("'alcie'").hasMessageContaining("Did you mean 'alice'?")
                    .hasMessageContaining("there are 3: alice, bob, carol");
            assertThatThrownBy(() -> gradebook.results().override("zed", 3, "me", "why"))
                    .isInstanceOf(GradebookException.class).hasMessageContaining("'zed'")
                    .hasMessageNotContaining("Did you mean");
            assertThatThrownBy(() -> gradebook.results().history("zed")).isInstanceOf(GradebookException.class);
            assertThatThrownBy(() -> gradebook.results().record("zed", SampleReports.simple("zed", 1),
                    SubmissionState.GRADED))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zed");
            assertThatThrownBy(() -> gradebook.results().record("alice", SampleReports.simple("a", 1),
                    SubmissionState.UNUSABLE)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("recordUnusable");
            assertThat(GradebookSql.column(file, "SELECT count(*) FROM results")).containsExactly("0");
        }
    }

    @Test
    void anOverrideIsKeptWithWhoWhenAndWhyAndALaterOneSupersedesIt() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.queue().register(students("alice"));
            gradebook.queue().claim();
            GradeReport report = SampleReports.simple("alice", 1);
            gradebook.results().record("alice", report, SubmissionState.GRADED);

            Instant firstAt = clock.peek();
            gradebook.results().override("alice", 9.5, "Prof. Ng", "the test was wrong");
            assertThat(gradebook.results().entries().getFirst().override())
                    .contains(new ScoreOverride(9.5, "Prof. Ng", "the test was wrong", firstAt));
            assertThat(gradebook.results().entries().getFirst().score()).contains(9.5);

            gradebook.queue().requestRegrade("alice");
            gradebook.queue().claim();
            gradebook.results().record("alice", report, SubmissionState.GRADED);
            assertThat(gradebook.results().entries().getFirst().score()).as("a human's score outlives a regrade")
                    .contains(9.5);

            Instant secondAt = clock.peek();
            gradebook.results().override("alice", 4, "  TA Kim ", " copied from bob \n");
            assertThat(gradebook.results().entries().getFirst().override())
                    .contains(new ScoreOverride(4, "TA Kim", "copied from bob", secondAt));

            List<HistoryItem> history = gradebook.results().history("alice");
            assertThat(history).hasSize(4);
            assertThat(history.get(0)).isInstanceOf(HistoryItem.Result.class);
            assertThat(history.get(1)).isEqualTo(new HistoryItem.Overridden(
                    new ScoreOverride(9.5, "Prof. Ng", "the test was wrong", firstAt), false));
            assertThat(history.get(2)).isInstanceOf(HistoryItem.Result.class);
            assertThat(history.get(3)).isEqualTo(new HistoryItem.Overridden(
                    new ScoreOverride(4, "TA Kim", "copied from bob", secondAt), true));
            assertThat(history).extracting(HistoryItem::current).containsExactly(false, false, true, true);
            assertThat(history).extracting(HistoryItem::at).isSorted();
            assertThat(history.get(3).describe()).isEqualTo(secondAt + "  override: 4 by TA Kim, because copied from"
                    + " bob  (current)");
            assertThat(history.get(0).describe()).isEqualTo(START.plusSeconds(2) + "  result 1: GRADED, 5 of 10");
            assertThat(GradebookSql.column(file, "SELECT count(*) FROM overrides WHERE current = 1"))
                    .containsExactly("1");
        }
    }

    @Test
    void anOverrideNeedsAScoreAPersonAndAReason() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.queue().register(students("alice"));

            assertThatThrownBy(() -> gradebook.results().override("alice", -1, "me", "why"))
                    .hasMessageContaining("0 or more");
            assertThatThrownBy(() -> gradebook.results().override("alice", Double.NaN, "me", "why"))
                    .hasMessageContaining("0 or more");
            assertThatThrownBy(() -> gradebook.results().override("alice", 3, " ", "why")).hasMessageContaining("who");
            assertThatThrownBy(() -> gradebook.results().override("alice", 3, "me", "")).hasMessageContaining("reason");
            assertThat(gradebook.results().history("alice")).isEmpty();
        }
    }
}
