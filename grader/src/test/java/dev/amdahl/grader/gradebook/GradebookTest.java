package dev.amdahl.grader.gradebook;

import dev.amdahl.grader.intake.Lms;
import dev.amdahl.grader.intake.LmsId;
import dev.amdahl.grader.intake.Registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.intake.FetchLog.Observation;
import dev.amdahl.grader.scoring.GradeReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradebookTest {

    private static final Instant START = Instant.parse("2026-12-04T08:00:00Z");

    @TempDir
    Path out;

    private Path file;
    private TestClock clock;

    @BeforeEach
    void setUp() {
        file = out.resolve(Gradebook.FILE_NAME);
        clock = new TestClock(START);
    }

    private static Registration student(String id) {
        return new Registration(id, "Name of " + id, Optional.of(new LmsId(Lms.CANVAS,
                Integer.toString(Math.floorMod(id.hashCode(), 100_000)))), "submissions/" + id + ".zip");
    }

    private static List<Registration> students(String... ids) {
        return java.util.Arrays.stream(ids).map(GradebookTest::student).toList();
    }

    @Test
    void aSubmissionGoesFromPendingThroughGradingToGraded() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            assertThat(gradebook.register(students("carol", "alice", "bob"))).isEqualTo(3);
            assertThat(gradebook.counts()).containsEntry(SubmissionState.PENDING, 3)
                    .containsEntry(SubmissionState.GRADED, 0).hasSize(SubmissionState.values().length);

            assertThat(gradebook.claim()).contains(student("alice"));
            assertThat(gradebook.claim()).contains(student("bob"));
            GradeReport alice = SampleReports.rich("alice", 1);
            gradebook.record("alice", alice, SubmissionState.AWAITING_TIMING);
            GradeReport bob = SampleReports.simple("bob", 1);
            gradebook.recordUnusable("bob", bob, "the archive is broken: unexpected end of ZIP");

            assertThat(gradebook.awaitingTiming()).containsExactly(student("alice"));
            GradeReport timed = SampleReports.rich("alice", 2);
            gradebook.record("alice", timed, SubmissionState.GRADED);

            List<GradebookEntry> entries = gradebook.entries();
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

            assertThat(gradebook.awaitingTiming()).isEmpty();
            assertThat(gradebook.counts()).containsEntry(SubmissionState.GRADED, 1)
                    .containsEntry(SubmissionState.UNUSABLE, 1).containsEntry(SubmissionState.PENDING, 1)
                    .containsEntry(SubmissionState.GRADING, 0);
            assertThat(gradebook.claim()).contains(student("carol"));
            assertThat(gradebook.claim()).isEmpty();
        }
        // The columns beside the report say the same as the report, for exports that do not decode it.
        assertThat(GradebookSql.column(file, "SELECT score || '/' || possible || '/' || complete FROM results"
                + " WHERE student = 'alice' AND current = 1"))
                .containsExactly(SampleReports.rich("alice", 2).earned() + "/" + SampleReports.rich("alice", 2)
                        .possible() + "/0");
    }

    @Test
    void registeringAgainAddsOnlyNewStudentsAndKeepsTheKnownOnesResults() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.register(students("alice", "bob"));
            gradebook.claim();
            gradebook.record("alice", SampleReports.simple("alice", 2), SubmissionState.GRADED);

            Registration moved = new Registration("alice", "Alice A.", Optional.of(new LmsId(Lms.MOODLE, "4242")),
                    "Alice A._4242_assignsubmission_file_/copy.zip");
            assertThat(gradebook.register(List.of(moved, student("bob"), student("dan")))).isEqualTo(1);

            assertThat(gradebook.entries()).extracting(GradebookEntry::registration)
                    .containsExactly(moved, student("bob"), student("dan"));
            assertThat(gradebook.entries().getFirst().state()).isEqualTo(SubmissionState.GRADED);
            assertThat(gradebook.entries().getFirst().report()).isPresent();
            assertThatThrownBy(() -> gradebook.register(students("erin", "erin")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("erin");
            assertThat(gradebook.entries()).hasSize(3);
        }
    }

    @Test
    void claimsFromManyThreadsAndTwoConnectionsNeverHandOutAStudentTwice() throws Exception {
        List<Registration> everyone = IntStream.range(0, 120).mapToObj(i -> student(String.format("s%03d", i)))
                .toList();
        try (Gradebook one = Gradebook.open(file, clock); Gradebook two = Gradebook.open(file, clock)) {
            one.register(everyone);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<String>>> workers = new ArrayList<>();
                for (int w = 0; w < 8; w++) {
                    Gradebook gradebook = w % 2 == 0 ? one : two;
                    workers.add(pool.submit(() -> {
                        List<String> claimed = new ArrayList<>();
                        for (Optional<Registration> next = gradebook.claim(); next.isPresent();
                                next = gradebook.claim()) {
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
            assertThat(one.counts()).containsEntry(SubmissionState.GRADING, everyone.size());
        }
    }

    @Test
    void whatWasRecordedSurvivesClosingAndAKilledRunsClaimsArePutBack() throws Exception {
        List<GradebookEntry> before;
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.register(students("alice", "bob", "carol"));
            gradebook.claim();
            gradebook.record("alice", SampleReports.rich("alice", 1), SubmissionState.INCOMPLETE);
            gradebook.claim();
            gradebook.override("alice", 7, "Prof. Ng", "speedup checked by hand");
            gradebook.observed("https://example.org/bob.git", START, "a".repeat(40));
            before = gradebook.entries();
        }
        assertThat(GradebookSql.column(file, "PRAGMA journal_mode")).containsExactly("wal");

        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            assertThat(gradebook.entries()).isEqualTo(before);
            assertThat(gradebook.counts()).containsEntry(SubmissionState.GRADING, 1);

            assertThat(gradebook.resumeInterrupted()).isEqualTo(1);

            assertThat(gradebook.counts()).containsEntry(SubmissionState.GRADING, 0)
                    .containsEntry(SubmissionState.PENDING, 2).containsEntry(SubmissionState.INCOMPLETE, 1);
            assertThat(gradebook.claim()).contains(student("bob"));
            assertThat(gradebook.observations("https://example.org/bob.git"))
                    .containsExactly(new Observation(START, "a".repeat(40)));
            assertThat(gradebook.resumeInterrupted()).isEqualTo(1);
            assertThat(gradebook.resumeInterrupted()).isZero();
        }
    }

    @Test
    void aRegradeKeepsTheCurrentResultUntilTheNewOneIsRecorded() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.register(students("alice", "bob"));
            GradeReport first = SampleReports.simple("alice", 1);
            gradebook.claim();
            gradebook.record("alice", first, SubmissionState.GRADED);

            assertThat(gradebook.requestRegrade("alice")).isEqualTo(1);
            assertThat(gradebook.requestRegrade("alice")).isZero();
            assertThat(gradebook.requestRegrade("bob")).as("bob has no result: nothing to regrade").isZero();

            GradebookEntry waiting = gradebook.entries().getFirst();
            assertThat(waiting.state()).isEqualTo(SubmissionState.PENDING);
            assertThat(waiting.report()).as("the result stays current until replaced").contains(first);
            assertThat(GradebookSql.studentsWithoutOneCurrentResult(file)).isEmpty();

            assertThat(gradebook.claim()).contains(student("alice"));
            assertThat(gradebook.entries().getFirst().report()).contains(first);
            GradeReport second = SampleReports.simple("alice", 2);
            Instant recordedAt = clock.peek();
            gradebook.record("alice", second, SubmissionState.GRADED);

            assertThat(gradebook.entries().getFirst().report()).contains(second);
            assertThat(gradebook.entries().getFirst().attempts()).isEqualTo(2);
            assertThat(gradebook.history("alice")).containsExactly(
                    new HistoryItem.Result(1, START.plusSeconds(2), SubmissionState.GRADED, first.earned(),
                            first.possible(), true, "", false),
                    new HistoryItem.Result(2, recordedAt, SubmissionState.GRADED, second.earned(),
                            second.possible(), true, "", true));
            assertThat(GradebookSql.studentsWithoutOneCurrentResult(file)).isEmpty();
            assertThat(GradebookSql.column(file, "SELECT count(*) FROM results")).containsExactly("2");
        }
    }

    @Test
    void regradingAllOrTheIncompleteOnesQueuesOnlyThoseWithAResult() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.register(students("a", "b", "c", "d", "e", "f"));
            Map<String, SubmissionState> states = new LinkedHashMap<>();
            states.put("a", SubmissionState.GRADED);
            states.put("b", SubmissionState.INCOMPLETE);
            states.put("c", SubmissionState.AWAITING_TIMING);
            states.put("d", SubmissionState.UNUSABLE);
            states.put("e", SubmissionState.GRADING);
            for (Map.Entry<String, SubmissionState> wanted : states.entrySet()) {
                gradebook.claim();
                if (wanted.getValue() == SubmissionState.UNUSABLE) {
                    gradebook.recordUnusable(wanted.getKey(), SampleReports.simple(wanted.getKey(), 0), "empty");
                } else if (wanted.getValue() != SubmissionState.GRADING) {
                    gradebook.record(wanted.getKey(), SampleReports.simple(wanted.getKey(), 1), wanted.getValue());
                }
            }

            assertThat(gradebook.requestRegradeIncomplete()).isEqualTo(2);
            assertThat(stateOf(gradebook)).containsExactly(SubmissionState.GRADED, SubmissionState.PENDING,
                    SubmissionState.AWAITING_TIMING, SubmissionState.PENDING, SubmissionState.GRADING,
                    SubmissionState.PENDING);

            assertThat(gradebook.requestRegradeAll()).isEqualTo(2);
            assertThat(stateOf(gradebook)).containsExactly(SubmissionState.PENDING, SubmissionState.PENDING,
                    SubmissionState.PENDING, SubmissionState.PENDING, SubmissionState.GRADING,
                    SubmissionState.PENDING);
            assertThat(gradebook.entries()).extracting(e -> e.report().isPresent())
                    .containsExactly(true, true, true, true, false, false);
            assertThat(gradebook.entries().get(3).problem()).as("a problem belongs to the UNUSABLE state").isEmpty();
            assertThat(GradebookSql.studentsWithoutOneCurrentResult(file)).isEmpty();
        }
    }

    private static List<SubmissionState> stateOf(Gradebook gradebook) {
        return gradebook.entries().stream().map(GradebookEntry::state).toList();
    }

    @Test
    void anUnknownStudentIsRefusedWithTheIdsThatExist() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            assertThatThrownBy(() -> gradebook.requestRegrade("alice")).isInstanceOf(GradebookException.class)
                    .hasMessageContaining("no submissions yet");
            gradebook.register(students("alice", "bob", "carol"));

            assertThatThrownBy(() -> gradebook.requestRegrade("alcie")).isInstanceOf(GradebookException.class)
                    .hasMessageContaining("'alcie'").hasMessageContaining("Did you mean 'alice'?")
                    .hasMessageContaining("there are 3: alice, bob, carol");
            assertThatThrownBy(() -> gradebook.override("zed", 3, "me", "why")).isInstanceOf(GradebookException.class)
                    .hasMessageContaining("'zed'").hasMessageNotContaining("Did you mean");
            assertThatThrownBy(() -> gradebook.history("zed")).isInstanceOf(GradebookException.class);
            assertThatThrownBy(() -> gradebook.record("zed", SampleReports.simple("zed", 1), SubmissionState.GRADED))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zed");
            assertThatThrownBy(() -> gradebook.record("alice", SampleReports.simple("a", 1),
                    SubmissionState.UNUSABLE)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("recordUnusable");
            assertThat(GradebookSql.column(file, "SELECT count(*) FROM results")).containsExactly("0");
        }
    }

    @Test
    void anOverrideIsKeptWithWhoWhenAndWhyAndALaterOneSupersedesIt() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.register(students("alice"));
            gradebook.claim();
            GradeReport report = SampleReports.simple("alice", 1);
            gradebook.record("alice", report, SubmissionState.GRADED);

            Instant firstAt = clock.peek();
            gradebook.override("alice", 9.5, "Prof. Ng", "the test was wrong");
            assertThat(gradebook.entries().getFirst().override())
                    .contains(new ScoreOverride(9.5, "Prof. Ng", "the test was wrong", firstAt));
            assertThat(gradebook.entries().getFirst().score()).contains(9.5);

            gradebook.requestRegrade("alice");
            gradebook.claim();
            gradebook.record("alice", report, SubmissionState.GRADED);
            assertThat(gradebook.entries().getFirst().score()).as("a human's score outlives a regrade").contains(9.5);

            Instant secondAt = clock.peek();
            gradebook.override("alice", 4, "  TA Kim ", " copied from bob \n");
            assertThat(gradebook.entries().getFirst().override())
                    .contains(new ScoreOverride(4, "TA Kim", "copied from bob", secondAt));

            List<HistoryItem> history = gradebook.history("alice");
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
            gradebook.register(students("alice"));

            assertThatThrownBy(() -> gradebook.override("alice", -1, "me", "why"))
                    .hasMessageContaining("0 or more");
            assertThatThrownBy(() -> gradebook.override("alice", Double.NaN, "me", "why"))
                    .hasMessageContaining("0 or more");
            assertThatThrownBy(() -> gradebook.override("alice", 3, " ", "why")).hasMessageContaining("who");
            assertThatThrownBy(() -> gradebook.override("alice", 3, "me", "")).hasMessageContaining("reason");
            assertThat(gradebook.history("alice")).isEmpty();
        }
    }

    @Test
    void aBatchResumedWithOtherSettingsIsRefusedNamingEachDifference() throws Exception {
        Map<String, String> started = Map.of("course", "sha256:aaaa", "exercises", "sum,matrix", "timing", "on");
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.checkSettings(started);
            gradebook.checkSettings(new LinkedHashMap<>(started));
        }
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.checkSettings(started);

            assertThatThrownBy(() -> gradebook.checkSettings(Map.of("course", "sha256:bbbb", "exercises",
                    "sum,matrix", "hidden", "tests/hidden")))
                    .isInstanceOf(GradebookException.class)
                    .hasMessageContaining("course: was \"sha256:aaaa\", now \"sha256:bbbb\"")
                    .hasMessageContaining("hidden: not set when the batch started, now \"tests/hidden\"")
                    .hasMessageContaining("timing: was \"on\", now not set")
                    .hasMessageNotContaining("exercises")
                    .hasMessageContaining("run it with the options it was started with")
                    .hasMessageContaining("new --out folder");
            gradebook.checkSettings(started);
        }
    }

    @Test
    void aDifferentTimeoutIsNamedInWordsNotInIsoNotation() throws Exception {
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.checkSettings(Map.of("timeout", java.time.Duration.ofSeconds(30).toString()));

            assertThatThrownBy(() -> gradebook.checkSettings(Map.of("timeout",
                    java.time.Duration.ofMinutes(1).toString())))
                    .hasMessageContaining("timeout: was \"30 s\", now \"1 min\"")
                    .hasMessageNotContaining("PT");
        }
    }

    @Test
    void fetchesAreKeptInTheOrderOfTheGradersClock() throws Exception {
        String repository = "https://git.example.org/alice/pp.git";
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.observed(repository, START.plusSeconds(60), "b".repeat(40));
            gradebook.observed(repository, START, "a".repeat(40));
            gradebook.observed(repository, START, "a".repeat(40));
            gradebook.observed("other", START, "c".repeat(40));

            assertThat(gradebook.observations(repository)).containsExactly(new Observation(START, "a".repeat(40)),
                    new Observation(START.plusSeconds(60), "b".repeat(40)));
            assertThat(gradebook.observations("nobody")).isEmpty();
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
            assertThat(gradebook.entries().getFirst().registration().lmsId()).isEmpty();

            Registration canvas = new Registration("freja", "andersenfreja",
                    Optional.of(new LmsId(Lms.CANVAS, "12359")), "andersenfreja_12359_67904_latency.zip");
            gradebook.register(List.of(canvas));
            assertThat(gradebook.entries().getFirst().registration()).isEqualTo(canvas);
            assertThat(gradebook.entries().getFirst().registration().idIn(Lms.MOODLE)).isEmpty();
        }
    }

    @Test
    void aNewGradebookIsCreatedInAFolderThatDoesNotExistYet() throws Exception {
        Path nested = out.resolve("batch/2026").resolve(Gradebook.FILE_NAME);
        try (Gradebook gradebook = Gradebook.open(nested, clock)) {
            assertThat(gradebook.entries()).isEmpty();
            assertThat(gradebook.file()).isEqualTo(nested.toAbsolutePath());
        }
        assertThat(GradebookSql.column(nested, "SELECT version FROM schema_version"))
                .containsExactly(String.valueOf(GradebookSchema.VERSION));
        assertThat(GradebookSql.column(nested, "PRAGMA integrity_check")).containsExactly("ok");
        assertThat(Collections.frequency(GradebookSql.column(nested,
                "SELECT name FROM sqlite_master WHERE type = 'index'"), "results_one_current")).isEqualTo(1);
    }
}
