package dev.amdahl.grader.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching repositories and choosing the commit by the grader's own observations, never by commit dates. */
class MaterializerGitTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-01T23:59:00Z");
    private static final String POOL = "exercises/threadpools/src/main/java/Pool.java";

    @TempDir
    static Path gitHome;
    private static SystemReader machine;

    @TempDir
    Path temp;

    private Path repository;
    private Git git;
    private final InMemoryFetchLog fetchLog = new InMemoryFetchLog();

    /** This machine's git settings (signing, url rewrites, JGit's own cache) neither change nor see the tests. */
    @BeforeAll
    static void isolateGitFromThisMachine() throws Exception {
        // JGit times a file system's clock once and keeps the answer in its own config: given here (coarser than
        // any disk's, which is safe), it need not take seconds to time it again.
        Files.writeString(gitHome.resolve("jgit.config"), "[filesystem \"" + System.getProperty("java.vendor") + "|"
                + System.getProperty("java.version") + "|" + Files.getFileStore(gitHome).name() + "\"]\n"
                + "\ttimestampResolution = 10 milliseconds\n\tminRacyThreshold = 0 nanoseconds\n");
        machine = SystemReader.getInstance();
        SystemReader.setInstance(new SystemReader.Delegate(machine) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, gitHome.resolve("user.gitconfig").toFile(), fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, gitHome.resolve("system.gitconfig").toFile(), fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, gitHome.resolve("jgit.config").toFile(), fs);
            }
        });
    }

    @AfterAll
    static void restoreGit() {
        SystemReader.setInstance(machine);
    }

    @BeforeEach
    void createRepository() throws Exception {
        repository = temp.resolve("repos/amdahl-2026-alice");
        git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call();
    }

    @AfterEach
    void closeRepository() {
        git.close();
    }

    /** Commits {@code content} as Pool.java, dated {@code claimed} by its author (who may lie). */
    private RevCommit commit(String content, Instant claimed) throws Exception {
        Path file = repository.resolve(POOL);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        git.add().addFilepattern(".").call();
        PersonIdent alice = new PersonIdent("Alice", "alice@example.org", claimed, ZoneOffset.UTC);
        return git.commit().setMessage(content).setAuthor(alice).setCommitter(alice).setSign(false).call();
    }

    private Materializer materializer(Optional<Instant> deadline, Instant now) {
        return new Materializer(IntakeLimits.defaults(), deadline, fetchLog, Clock.fixed(now, ZoneOffset.UTC));
    }

    private GitSource source() {
        return new GitSource(repository.toString(), Optional.empty());
    }

    private static Candidate candidate(GitSource source) {
        return new Candidate(new Registration("alice", "alice", source.location()), source);
    }

    private Materialized materialize(Optional<Instant> deadline, Instant now, GitSource source) throws Exception {
        return materializer(deadline, now).materialize(candidate(source), temp.resolve("out/alice"));
    }

    @Test
    void withoutADeadlineTheHeadNowIsGradedAndRecorded() throws Exception {
        RevCommit head = commit("class Pool { /* done */ }", Instant.parse("2026-11-30T10:00:00Z"));
        Instant now = Instant.parse("2026-12-05T08:00:00Z");

        Materialized materialized = materialize(Optional.empty(), now, source());

        assertThat(materialized.revision()).isEqualTo(head.name());
        assertThat(materialized.root()).isEqualTo(temp.resolve("out/alice"));
        assertThat(materialized.root().resolve(POOL)).hasContent("class Pool { /* done */ }");
        assertThat(materialized.root().resolve(".git")).doesNotExist();
        assertThat(materialized.submittedAt()).contains(now);
        assertThat(fetchLog.observations(repository.toString()))
                .containsExactly(new FetchLog.Observation(now, head.name()));
        try (Stream<Path> out = Files.list(temp.resolve("out"))) {
            assertThat(out).containsExactly(temp.resolve("out/alice")); // the clone is gone
        }
    }

    @Test
    void theLastHeadSeenBeforeTheDeadlineIsGradedEvenIfABackdatedCommitFollows() throws Exception {
        RevCommit onTime = commit("class Pool { /* on time */ }", Instant.parse("2026-12-01T20:00:00Z"));
        Instant seenAt = DEADLINE.minus(Duration.ofHours(1));
        FetchLog.Observation observed = materializer(Optional.of(DEADLINE), seenAt).observe(source());
        assertThat(observed).isEqualTo(new FetchLog.Observation(seenAt, onTime.name()));
        // pushed after the deadline, dated two days before it
        RevCommit late = commit("class Pool { /* late */ }", DEADLINE.minus(Duration.ofDays(2)));
        Instant now = DEADLINE.plus(Duration.ofDays(1));

        Materialized materialized = materialize(Optional.of(DEADLINE), now, source());

        assertThat(materialized.revision()).isEqualTo(onTime.name());
        assertThat(materialized.root().resolve(POOL)).hasContent("class Pool { /* on time */ }");
        assertThat(materialized.submittedAt()).contains(seenAt);
        assertThat(materialized.notes()).singleElement().asString().contains(onTime.name())
                .contains("its last fetch before the deadline").contains("later commits are not graded");
        assertThat(fetchLog.observations(repository.toString())).containsExactly(observed,
                new FetchLog.Observation(now, late.name()));
    }

    @Test
    void aRepositoryFirstSeenAfterTheDeadlineCountsAsSubmittedWhenFirstSeen() throws Exception {
        RevCommit backdated = commit("class Pool {}", DEADLINE.minus(Duration.ofDays(3)));
        Instant firstSeen = DEADLINE.plus(Duration.ofHours(2));
        materializer(Optional.of(DEADLINE), firstSeen).observe(source());
        Instant now = DEADLINE.plus(Duration.ofHours(5));

        Materialized materialized = materialize(Optional.of(DEADLINE), now, source());

        assertThat(materialized.revision()).isEqualTo(backdated.name());
        assertThat(materialized.submittedAt()).contains(firstSeen);
        assertThat(materialized.notes()).singleElement().asString()
                .contains("the grader has no record of this repository before the deadline")
                .contains(firstSeen.toString());
    }

    @Test
    void aRepositoryNeverSeenBeforeCountsAsSubmittedNow() throws Exception {
        commit("class Pool {}", DEADLINE.minus(Duration.ofDays(3)));
        Instant now = DEADLINE.plus(Duration.ofMinutes(1));

        assertThat(materialize(Optional.of(DEADLINE), now, source()).submittedAt()).contains(now);
    }

    @Test
    void gradingBeforeTheDeadlineGradesTheHeadNow() throws Exception {
        RevCommit head = commit("class Pool {}", DEADLINE.plus(Duration.ofDays(30))); // dated in the future
        Instant now = DEADLINE.minus(Duration.ofHours(3));

        Materialized materialized = materialize(Optional.of(DEADLINE), now, source());

        assertThat(materialized.revision()).isEqualTo(head.name());
        assertThat(materialized.submittedAt()).contains(now);
    }

    @Test
    void aPinnedCommitIsGradedWhateverTheDeadline() throws Exception {
        RevCommit first = commit("class Pool { /* first */ }", Instant.parse("2026-11-01T00:00:00Z"));
        commit("class Pool { /* second */ }", Instant.parse("2026-11-02T00:00:00Z"));
        GitSource pinned = new GitSource(repository.toString(), Optional.of(first.name().substring(0, 10)));

        Materialized materialized = materialize(Optional.of(DEADLINE), DEADLINE.plus(Duration.ofDays(9)), pinned);

        assertThat(materialized.revision()).isEqualTo(first.name());
        assertThat(materialized.root().resolve(POOL)).hasContent("class Pool { /* first */ }");
        assertThat(materialized.submittedAt()).isEmpty();
        assertThat(materialized.notes()).singleElement().asString().contains("pinned in the list");
        assertThat(fetchLog.observations(repository.toString())).hasSize(1); // the fetch is still recorded
    }

    @Test
    void aPinnedCommitThatIsNotThereIsUnusable() throws Exception {
        commit("class Pool {}", Instant.parse("2026-11-01T00:00:00Z"));
        GitSource pinned = new GitSource(repository.toString(), Optional.of("0123456789abcdef"));

        assertThatThrownBy(() -> materialize(Optional.empty(), DEADLINE, pinned))
                .isInstanceOf(UnusableSubmissionException.class)
                .hasMessageContaining("The commit 0123456789abcdef pinned in the list is not in the repository");
        assertThat(temp.resolve("out/alice")).doesNotExist();
    }

    @Test
    void aCommitSeenBeforeTheDeadlineButRewrittenAwayIsUnusable() throws Exception {
        commit("class Pool {}", Instant.parse("2026-11-01T00:00:00Z"));
        String lost = "89abcdef0123456789abcdef0123456789abcdef";
        fetchLog.observed(repository.toString(), DEADLINE.minus(Duration.ofHours(2)), lost);

        assertThatThrownBy(() -> materialize(Optional.of(DEADLINE), DEADLINE.plus(Duration.ofDays(1)), source()))
                .isInstanceOf(UnusableSubmissionException.class)
                .hasMessageContaining(lost).hasMessageContaining("is no longer in the repository");
    }

    @Test
    void linksInTheRepositoryAreNeverCheckedOut() throws Exception {
        Files.createSymbolicLink(repository.resolve("secrets"), Path.of("../../elsewhere"));
        commit("class Pool {}", Instant.parse("2026-11-01T00:00:00Z"));

        Materialized materialized = materialize(Optional.empty(), DEADLINE, source());

        assertThat(Files.exists(materialized.root().resolve("secrets"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(materialized.notes()).anySatisfy(note -> assertThat(note)
                .contains("a link in the repository was not checked out: secrets -> ../../elsewhere"));
    }

    @Test
    void aMissingRepositoryIsUnusableWithAClearMessageAndLeavesNothing() throws Exception {
        GitSource missing = new GitSource(temp.resolve("repos/nobody").toString(), Optional.empty());

        assertThatThrownBy(() -> materialize(Optional.empty(), DEADLINE, missing))
                .isInstanceOf(UnusableSubmissionException.class)
                .hasMessageContaining(missing.location());
        assertThatThrownBy(() -> materializer(Optional.empty(), DEADLINE).observe(missing))
                .isInstanceOf(UnusableSubmissionException.class)
                .hasMessageContaining(missing.location());
        try (Stream<Path> out = Files.list(temp.resolve("out"))) {
            assertThat(out).isEmpty();
        }
        assertThat(fetchLog.observations(missing.location())).isEmpty();
    }

    @Test
    void anEmptyRepositoryIsUnusable() {
        assertThatThrownBy(() -> materialize(Optional.empty(), DEADLINE, source()))
                .isInstanceOf(UnusableSubmissionException.class).hasMessageContaining("has no commits");
    }
}
