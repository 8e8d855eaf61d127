package dev.amdahl.grader.gradebook;

import static dev.amdahl.grader.gradebook.SampleRegistrations.student;
import static dev.amdahl.grader.gradebook.SampleRegistrations.students;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.intake.Lms;
import dev.amdahl.grader.intake.LmsId;
import dev.amdahl.grader.intake.Registration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkQueueTest extends GradebookFixture {

    @Test
    void registeringAgainAddsOnlyNewStudentsAndKeepsTheKnownOnesResults() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.queue().register(students("alice", "bob"));
            gradebook.queue().claim();
            gradebook.results().record("alice", SampleReports.simple("alice", 2), SubmissionState.GRADED);

            Registration moved = new Registration("alice", "Alice A.", Optional.of(new LmsId(Lms.MOODLE, "4242")),
                    "Alice A._4242_assignsubmission_file_/copy.zip");
            assertThat(gradebook.queue().register(List.of(moved, student("bob"), student("dan")))).isEqualTo(1);

            assertThat(gradebook.results().entries()).extracting(GradebookEntry::registration)
                    .containsExactly(moved, student("bob"), student("dan"));
            assertThat(gradebook.results().entries().getFirst().state()).isEqualTo(SubmissionState.GRADED);
            assertThat(gradebook.results().entries().getFirst().report()).isPresent();
            assertThatThrownBy(() -> gradebook.queue().register(students("erin", "erin")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("erin");
            assertThat(gradebook.results().entries()).hasSize(3);
        }
    }

    @Test
    void claimsFromManyThreadsAndTwoConnectionsNeverHandOutAStudentTwice() throws Exception {
        List<Registration> everyone = IntStream.range(0, 120).mapToObj(i -> student(String.format("s%03d", i)))
                .toList();
        try (Gradebook one = Gradebook.open(file, clock); Gradebook two = Gradebook.open(file, clock)) {
            one.queue().register(everyone);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<String>>> workers = new ArrayList<>();
                for (int w = 0; w < 8; w++) {
                    Gradebook gradebook = w % 2 == 0 ? one : two;
                    workers.add(pool.submit(() -> {
                        List<String> claimed = new ArrayList<>();
                        for (Optional<Registration> next = gradebook.queue().claim(); next.isPresent();
                                next = gradebook.queue().claim()) {
                            claimed.add(next.get().student());
                        }
                        return claimed;
                    }));
                }
                List<String> claimed = new ArrayList<>();
                for (Future<List<String>> worker : workers) {
                    claimed.addAll(worker.get());
                }
                assertThat(claimed).doesNotHaveDuplicates().hasSize(everyone.size());
                assertThat(new HashSet<>(claimed)).isEqualTo(
                        new HashSet<>(everyone.stream().map(Registration::student).toList()));
            } finally {
                pool.shutdownNow();
            }
            assertThat(one.queue().counts()).containsEntry(SubmissionState.GRADING, everyone.size());
        }
    }

    @Test
    void regradingAllOrTheIncompleteOnesQueuesOnlyThoseWithAResult() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.queue().register(students("a", "b", "c", "d", "e", "f"));
            Map<String, SubmissionState> states = new LinkedHashMap<>();
            states.put("a", SubmissionState.GRADED);
            states.put("b", SubmissionState.INCOMPLETE);
            states.put("c", SubmissionState.AWAITING_TIMING);
            states.put("d", SubmissionState.UNUSABLE);
            states.put("e", SubmissionState.GRADING);
            for (Map.Entry<String, SubmissionState> wanted : states.entrySet()) {
                gradebook.queue().claim();
                if (wanted.getValue() == SubmissionState.UNUSABLE) {
                    gradebook.results().recordUnusable(wanted.getKey(), SampleReports.simple(wanted.getKey(), 0),
                            "empty");
                } else if (wanted.getValue() != SubmissionState.GRADING) {
                    gradebook.results().record(wanted.getKey(), SampleReports.simple(wanted.getKey(), 1),
                            wanted.getValue());
                }
            }

            assertThat(gradebook.queue().requestRegradeIncomplete()).isEqualTo(2);
            assertThat(stateOf(gradebook)).containsExactly(SubmissionState.GRADED, SubmissionState.PENDING,
                    SubmissionState.AWAITING_TIMING, SubmissionState.PENDING, SubmissionState.GRADING,
                    SubmissionState.PENDING);

            assertThat(gradebook.queue().requestRegradeAll()).isEqualTo(2);
            assertThat(stateOf(gradebook)).containsExactly(SubmissionState.PENDING, SubmissionState.PENDING,
                    SubmissionState.PENDING, SubmissionState.PENDING, SubmissionState.GRADING,
                    SubmissionState.PENDING);
            assertThat(gradebook.results().entries()).extracting(e -> e.report().isPresent())
                    .containsExactly(true, true, true, true, false, false);
            assertThat(gradebook.results().entries().get(3).problem()).as("a problem belongs to the UNUSABLE state")
                    .isEmpty();
            assertThat(GradebookSql.studentsWithoutOneCurrentResult(file)).isEmpty();
        }
    }

    private static List<SubmissionState> stateOf(Gradebook gradebook) {
        return gradebook.results().entries().stream().map(GradebookEntry::state).toList();
    }
}
