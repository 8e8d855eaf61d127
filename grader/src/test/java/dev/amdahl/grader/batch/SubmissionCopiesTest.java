package dev.amdahl.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.intake.Candidate;
import dev.amdahl.grader.intake.FetchLog;
import dev.amdahl.grader.intake.FolderSource;
import dev.amdahl.grader.intake.IntakeLimits;
import dev.amdahl.grader.intake.Materializer;
import dev.amdahl.grader.intake.Registration;
import dev.amdahl.grader.intake.UnusableSubmissionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionCopiesTest {

    @TempDir
    Path temp;

    private final Materializer materializer = new Materializer(IntakeLimits.defaults(), Optional.empty(),
            new FetchLog() {
                @Override
                public void observed(String repository, Instant at, String commit) {
                }

                @Override
                public List<Observation> observations(String repository) {
                    return List.of();
                }
            }, Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aCopyIsMadeOnceAndReusedEvenWhenTheInputChangesUntilForgotten() throws Exception {
        Path input = student("ada", "class A {}");
        SubmissionCopies copies = new SubmissionCopies(temp.resolve("out/submissions"));
        Candidate ada = new Candidate(new Registration("ada", "Ada", input.toString()), new FolderSource(input));

        SubmissionCopies.Copy first = copies.copyOf("ada", Optional.of(ada), materializer);
        Files.writeString(input.resolve("exercises/latency/src/main/java/A.java"), "class A { int changed; }");
        SubmissionCopies.Copy again = copies.copyOf("ada", Optional.of(ada), materializer);

        assertThat(again.root()).isEqualTo(first.root());
        assertThat(again.revision()).isEqualTo(first.revision());
        assertThat(first.root().resolve("exercises/latency/src/main/java/A.java")).hasContent("class A {}");

        copies.forget("ada");
        SubmissionCopies.Copy fresh = copies.copyOf("ada", Optional.of(ada), materializer);
        assertThat(fresh.root().resolve("exercises/latency/src/main/java/A.java")).hasContent("class A { int changed; }");
        assertThat(fresh.revision()).isNotEqualTo(first.revision());
    }

    @Test
    void aCopyCutShortByACrashIsMadeAgain() throws Exception {
        Path input = student("bob", "class B {}");
        SubmissionCopies copies = new SubmissionCopies(temp.resolve("out/submissions"));
        Candidate bob = new Candidate(new Registration("bob", "Bob", input.toString()), new FolderSource(input));
        Files.createDirectories(temp.resolve("out/submissions/bob/half")); // a folder, but no record beside it

        assertThat(copies.existing("bob")).isEmpty();
        SubmissionCopies.Copy copy = copies.copyOf("bob", Optional.of(bob), materializer);

        assertThat(copy.root().resolve("exercises/latency/src/main/java/A.java")).hasContent("class B {}");
        assertThat(temp.resolve("out/submissions/bob/half")).doesNotExist();
    }

    @Test
    void aStudentGoneFromTheInputWithoutACopyIsUnusableWithAReason() {
        SubmissionCopies copies = new SubmissionCopies(temp.resolve("out/submissions"));

        assertThatThrownBy(() -> copies.copyOf("cy", Optional.empty(), materializer))
                .isInstanceOf(UnusableSubmissionException.class)
                .hasMessageContaining("no longer in the input").hasMessageContaining("put it back");
    }

    private Path student(String name, String code) throws Exception {
        Path folder = temp.resolve("input").resolve(name);
        Path file = folder.resolve("exercises/latency/src/main/java/A.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, code);
        return folder;
    }
}
