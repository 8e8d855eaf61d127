package dev.amdahl.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.Repository;
import dev.amdahl.grader.gradebook.Gradebook;
import dev.amdahl.grader.gradebook.SubmissionState;
import dev.amdahl.grader.intake.Registration;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amdahl batch} and {@code amdahl gradebook} where no sandbox is needed: their contract and refusals. */
class BatchCommandTest {

    private static final Path REPO = Repository.root();

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpNamesTheInputsTheOptionsAndTheExitCodes() {
        assertThat(run("batch", "--help")).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("--out", "--workers", "--regrade", "--regrade-all", "--regrade-incomplete",
                "--deadline", "--fetch-only", "--timing", "--assignment", "LMS download", "zip of zips",
                "git", "resumes", "Exit codes");
    }

    @Test
    void aMissingInputIsRefusedWithWhatToGive() {
        int exit = run("batch", temp.resolve("nowhere").toString(), "--out", temp.resolve("out").toString(),
                "--course", REPO.toString(), "-e", "latency");

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("amdahl batch:").contains("nowhere");
    }

    @Test
    void anUnknownExerciseIsAUsageError() throws Exception {
        Path folder = student("ada");

        int exit = run("batch", folder.getParent().toString(), "--out", temp.resolve("out").toString(), "--course",
                REPO.toString(), "-e", "latncy");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("There is no exercise 'latncy'. The course has: ");
    }

    @Test
    void optionsThatDoNotGoTogetherAreAUsageError() {
        assertThat(run("batch", "x", "--out", "y", "--timing-cpus", "2")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--timing-cpus goes with --timing");
        assertThat(run("batch", "x", "--out", "y", "--fetch-only", "--regrade-all")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("batch", "x", "--out", "y", "--progress", "fancy")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void twoBatchesNeverShareAnOutputFolder() throws Exception {
        Path folder = student("ada");
        Path batch = Files.createDirectories(temp.resolve("out"));
        try (FileChannel channel = FileChannel.open(batch.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            int exit = run("batch", folder.getParent().toString(), "--out", batch.toString(), "--course",
                    REPO.toString(), "-e", "latency");

            assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(err.toString()).contains("another amdahl batch is using");
        }
        assertThat(batch.resolve(Gradebook.FILE_NAME)).doesNotExist();
    }

    @Test
    void fetchOnlyRecordsEachRepositorysHeadByTheGradersClockAndGradesNothing() throws Exception {
        RevCommit alice = repository("amdahl-hw-alice", "class Pool {}");
        RevCommit bob = repository("amdahl-hw-bob", "class Pool { int x; }");
        Path list = Files.writeString(temp.resolve("repos.txt"), "# the class\n" + temp.resolve("amdahl-hw-alice")
                + "\n" + temp.resolve("amdahl-hw-bob") + "\n");
        Path batch = temp.resolve("out");
        Instant before = Instant.now();

        int exit = run("batch", list.toString(), "--out", batch.toString(), "--course", REPO.toString(), "-e",
                "latency", "--fetch-only");

        assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("alice: " + alice.name()).contains("bob: " + bob.name())
                .contains("Recorded the head of 2 repositories.");
        try (Gradebook book = Gradebook.open(batch.resolve(Gradebook.FILE_NAME), Clock.systemUTC())) {
            var seen = book.fetchLog().observations(temp.resolve("amdahl-hw-alice").toString());
            assertThat(seen).singleElement().satisfies(o -> {
                assertThat(o.commit()).isEqualTo(alice.name());
                assertThat(o.at()).isAfterOrEqualTo(before.minusSeconds(1)); // the grader's clock, not the commit's
            });
            assertThat(book.results().entries()).as("nothing is registered or graded").isEmpty();
        }
    }

    @Test
    void anOverrideIsRecordedWithWhoAndWhyAndShownInTheHistory() throws Exception {
        Path batch = Files.createDirectories(temp.resolve("out"));
        try (Gradebook book = Gradebook.open(batch.resolve(Gradebook.FILE_NAME), Clock.systemUTC())) {
            book.queue().register(List.of(new Registration("ada", "Ada", "ada.zip")));
            book.queue().claim();
            book.results().record("ada", new GradeReport("ada", "test", "sandbox", Instant.now(), List.of(
                    new ExerciseResult("latency", Verdict.COMPLETED, "", List.of(), List.of(), Duration.ZERO))),
                    SubmissionState.GRADED);
        }

        assertThat(run("gradebook", "override", batch.toString(), "--student", "ada", "--points", "27", "--by",
                "Dr. Lee", "--reason", "oral exam")).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Recorded: ada gets 27 (by Dr. Lee: oral exam)");
        assertThat(run("gradebook", "history", batch.toString(), "--student", "ada")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("result 1: GRADED").contains("Dr. Lee").contains("oral exam");

        assertThat(run("gradebook", "override", batch.toString(), "--student", "adda", "--points", "1", "--by",
                "x", "--reason", "y")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("ada");
        assertThat(run("gradebook", "history", temp.resolve("elsewhere").toString(), "--student", "ada"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("has no gradebook");
        assertThat(temp.resolve("elsewhere")).doesNotExist();
    }

    private Path student(String name) throws Exception {
        Path file = temp.resolve("class").resolve(name).resolve("exercises/latency/src/main/java/A.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class A {}");
        return temp.resolve("class").resolve(name);
    }

    private RevCommit repository(String name, String content) throws Exception {
        Path folder = temp.resolve(name);
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
            Path file = folder.resolve("exercises/threadpools/src/main/java/Pool.java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Student", "s@example.org", Instant.parse("2020-01-01T00:00:00Z"),
                    java.time.ZoneOffset.UTC); // a date the student chose
            return git.commit().setMessage("done").setAuthor(who).setCommitter(who).setSign(false).call();
        }
    }
}
