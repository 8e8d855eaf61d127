package dev.amdahl.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.scoring.GradeReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a grader (as {@code kill -9} does) while it records results, at random moments, and checks that the
 * gradebook it leaves is whole: what was committed is there, intact, and nothing is half written.
 */
class GradebookCrashTest {

    private static final int KILLS = 3;

    @TempDir
    Path out;

    @Test
    void aGraderKilledAtAnyMomentLeavesAConsistentGradebook() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Path file = out.resolve(Gradebook.FILE_NAME);
        Map<String, Integer> attemptsBefore = new HashMap<>();
        int recordedBefore = 0;
        for (int round = 0; round < KILLS; round++) {
            String context = "seed " + seed + ", kill " + (round + 1);
            Process grader = start(file, random.nextLong());
            try {
                waitUntilReady(grader, context);
                Thread.sleep(random.nextInt(150));
                assertThat(grader.isAlive()).as("the grader stopped by itself (%s): %s", context,
                        Files.readString(out.resolve("stderr.txt"))).isTrue();
            } finally {
                grader.destroyForcibly();
                grader.waitFor(30, TimeUnit.SECONDS);
            }

            assertThat(GradebookSql.column(file, "PRAGMA integrity_check")).as(context).containsExactly("ok");
            assertThat(GradebookSql.column(file, "PRAGMA foreign_key_check")).as(context).isEmpty();
            assertThat(GradebookSql.studentsWithoutOneCurrentResult(file)).as(context).isEmpty();
            assertThat(GradebookSql.column(file, "SELECT student FROM overrides GROUP BY student"
                    + " HAVING sum(current) <> 1")).as(context).isEmpty();
            assertThat(GradebookSql.column(file, "SELECT count(*) FROM submissions WHERE student LIKE 'g%'"
                    + " GROUP BY substr(student, 1, instr(student, '-')) HAVING count(*) <> "
                    + CrashingGrader.GROUP)).as("registrations arrive whole (%s)", context).isEmpty();
            int recorded;
            try (Gradebook gradebook = Gradebook.open(file, Clock.systemUTC())) {
                assertThat(gradebook.queue().resumeInterrupted()).as("one claim at a time (%s)", context)
                        .isLessThanOrEqualTo(1);
                List<GradebookEntry> entries = gradebook.results().entries();
                for (GradebookEntry entry : entries) {
                    assertThat(entry.attempts()).as("nothing recorded is lost (%s)", context)
                            .isGreaterThanOrEqualTo(attemptsBefore.getOrDefault(entry.student(), 0));
                    attemptsBefore.put(entry.student(), entry.attempts());
                    assertThat(entry.report().isPresent()).as(context).isEqualTo(entry.attempts() > 0);
                    if (entry.state().hasResult()) {
                        assertThat(entry.report()).as(context).isPresent();
                    }
                    entry.report().ifPresent(report -> assertIntact(entry, report, context));
                }
                recorded = entries.stream().mapToInt(GradebookEntry::attempts).sum();
            }
            assertThat(recorded).as(context).isGreaterThanOrEqualTo(recordedBefore);
            recordedBefore = recorded;
        }
        assertThat(recordedBefore).as("the killed graders recorded something (seed %d)", seed).isPositive();
    }

    private static void assertIntact(GradebookEntry entry, GradeReport report, String context) {
        List<String> parts = CrashingGrader.parts(report.submission());
        assertThat(parts.getFirst()).as("the report is %s's (%s)", entry.student(), context)
                .isEqualTo(entry.student());
        int variant = Integer.parseInt(parts.get(1));
        assertThat(report).as(context).isEqualTo(SampleReports.rich(report.submission(), variant));
        if (entry.state() == SubmissionState.UNUSABLE) {
            assertThat(entry.problem()).as(context).isEqualTo("problem " + variant);
        }
    }

    private Process start(Path file, long seed) throws IOException {
        Path tmp = Files.createDirectories(out.resolve("tmp"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                "-Djava.io.tmpdir=" + tmp, "-Dorg.sqlite.tmpdir=" + tmp,
                CrashingGrader.class.getName(), file.toString(), Long.toString(seed))
                .redirectError(out.resolve("stderr.txt").toFile())
                .start();
    }

    private void waitUntilReady(Process grader, String context) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(grader.getInputStream(),
                StandardCharsets.UTF_8));
        String line = lines.readLine();
        assertThat(line).as("the grader did not start (%s): %s", context,
                Files.readString(out.resolve("stderr.txt"))).isEqualTo("ready");
    }
}
