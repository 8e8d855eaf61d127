package dev.amdahl.grader.intake;

import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.io.Hashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.CredentialsProvider;

/**
 * Puts a {@link Candidate} on disk for grading: copies a folder, unpacks an archive, or fetches a repository and
 * writes out the commit that counts for the deadline.
 *
 * <p>The deadline is checked against the grader's own {@link FetchLog}, never against commit dates, which the
 * student sets. The commit graded is: the one pinned in the list, if any; else, with no deadline, the head now;
 * else the head of the newest observation at or before the deadline; else (the grader first saw the repository
 * after the deadline) the head now, submitted when the grader first saw that commit. Every fetch is recorded.
 *
 * <p>A problem with the submission is an {@link UnusableSubmissionException}; a problem with the grader's own disk
 * is an {@link UncheckedIOException}, never blamed on the student.
 */
public final class Materializer {

    private static final Duration GIT_TIMEOUT = Duration.ofMinutes(2);

    private final IntakeLimits limits;
    private final Optional<Instant> deadline;
    private final FetchLog fetchLog;
    private final Clock clock;
    private final GitFetcher git;

    public Materializer(IntakeLimits limits, Optional<Instant> deadline, FetchLog fetchLog, Clock clock) {
        this(limits, deadline, fetchLog, clock, Optional.empty());
    }

    /** As above, fetching private repositories with {@code credentials} (e.g. a token for GitHub Classroom). */
    public Materializer(IntakeLimits limits, Optional<Instant> deadline, FetchLog fetchLog, Clock clock,
            Optional<CredentialsProvider> credentials) {
        this.limits = Objects.requireNonNull(limits, "limits must not be null");
        this.deadline = Objects.requireNonNull(deadline, "deadline must not be null");
        this.fetchLog = Objects.requireNonNull(fetchLog, "fetchLog must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.git = new GitFetcher(limits, credentials, GIT_TIMEOUT);
    }

    /**
     * Copies, unpacks or fetches {@code candidate} into {@code target}, which must not exist. The files are made in
     * a hidden sibling folder and renamed into place, so a crash never leaves a half-made target (only a
     * {@code .NAME.partial-*} sibling, safe to delete).
     */
    public Materialized materialize(Candidate candidate, Path target) throws UnusableSubmissionException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(target + " exists already");
        }
        Path parent = target.toAbsolutePath().getParent();
        Path partial = null;
        try {
            Files.createDirectories(parent);
            partial = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
            Made made = switch (candidate.source()) {
                case FolderSource folder -> copy(folder, partial);
                case ArchiveSource archive -> unpack(archive, partial);
                case GitSource repository -> fetch(repository, partial, parent, target.getFileName().toString());
            };
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
            List<String> notes = new ArrayList<>(candidate.notes());
            notes.addAll(made.notes());
            return new Materialized(SubmissionRoot.find(target), made.revision(), made.submittedAt(), notes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Folders.delete(partial);
        }
    }

    /**
     * Asks the repository for its head now and records it in the fetch log, without grading: run it at the
     * deadline (from cron, say) so the grader knows what each repository held then.
     */
    public FetchLog.Observation observe(GitSource source) throws UnusableSubmissionException {
        ObjectId head = git.headNow(source.location());
        FetchLog.Observation observation = new FetchLog.Observation(clock.instant(), head.name());
        fetchLog.observed(source.location(), observation.at(), observation.commit());
        return observation;
    }

    /** What one kind of source made, before it is renamed into place. */
    private record Made(String revision, Optional<Instant> submittedAt, List<String> notes) {
    }

    private Made copy(FolderSource source, Path into) throws UnusableSubmissionException, IOException {
        if (!Files.isDirectory(source.folder(), LinkOption.NOFOLLOW_LINKS)) {
            throw new UnusableSubmissionException(source.folder().getFileName()
                    + " is not a folder (or is a link to one); it was not copied.");
        }
        List<String> notes = new FolderCopier(limits).copy(source.folder(), into);
        return new Made(Hashes.ofFolder(into), Optional.empty(), notes);
    }

    private Made unpack(ArchiveSource source, Path into) throws UnusableSubmissionException, IOException {
        if (!Files.isRegularFile(source.archive(), LinkOption.NOFOLLOW_LINKS)) {
            throw new UnusableSubmissionException(source.archive().getFileName()
                    + " is not a file (or is a link to one); it was not unpacked.");
        }
        List<String> notes = new ArchiveUnpacker(limits).unpack(source.archive(), into);
        if (!holdsAFile(into)) {
            throw new UnusableSubmissionException(source.archive().getFileName() + " is empty: it holds no files. "
                    + "Upload the archive of your copy again (the folder with exercises/ in it).");
        }
        return new Made(Hashes.ofFile(source.archive()), Optional.empty(), notes);
    }

    private static boolean holdsAFile(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Made fetch(GitSource source, Path into, Path parent, String name) throws UnusableSubmissionException,
            IOException {
        Path gitDir = Files.createTempDirectory(parent, "." + name + ".git-");
        try (GitFetcher.Clone clone = git.cloneBare(source.location(), gitDir)) {
            Instant now = clock.instant();
            fetchLog.observed(source.location(), now, clone.head().name());
            Choice choice = choose(source, clone);
            List<String> notes = new ArrayList<>();
            notes.add(choice.note());
            notes.addAll(git.writeTree(clone.repository(), choice.commit(), into, source.location()));
            return new Made(choice.commit().name(), choice.submittedAt(), notes);
        } finally {
            Folders.delete(gitDir);
        }
    }

    /** The commit to grade, when it counts as submitted, and a note saying why it was chosen. */
    private record Choice(ObjectId commit, Optional<Instant> submittedAt, String note) {
    }

    private Choice choose(GitSource source, GitFetcher.Clone clone) throws UnusableSubmissionException {
        String location = source.location();
        if (source.pinnedCommit().isPresent()) {
            String pinned = source.pinnedCommit().get();
            ObjectId commit = GitFetcher.commit(clone.repository(), pinned)
                    .orElseThrow(() -> new UnusableSubmissionException("The commit " + pinned + " pinned in the "
                            + "list is not in the repository " + location + "; nothing was graded. Check the list."));
            return new Choice(commit, Optional.empty(), "graded commit " + commit.name()
                    + ", pinned in the list (its time is not checked against the deadline)");
        }
        List<FetchLog.Observation> observations = fetchLog.observations(location);
        ObjectId head = clone.head();
        if (deadline.isEmpty()) {
            return new Choice(head, firstSeen(observations, head), "graded commit " + head.name()
                    + ", the head of the repository when it was fetched");
        }
        Instant due = deadline.get();
        Optional<FetchLog.Observation> onTime = observations.stream()
                .filter(observation -> !observation.at().isAfter(due))
                .max(Comparator.comparing(FetchLog.Observation::at));
        if (onTime.isPresent()) {
            FetchLog.Observation seen = onTime.get();
            ObjectId commit = GitFetcher.commit(clone.repository(), seen.commit())
                    .orElseThrow(() -> new UnusableSubmissionException("The commit " + seen.commit() + " that the "
                            + "grader saw in " + location + " at " + seen.at() + ", before the deadline, is no longer "
                            + "in the repository (was its history rewritten?); nothing was graded. The instructor "
                            + "decides what to grade: pin a commit in the list."));
            String later = commit.equals(head) ? "" : "; later commits are not graded";
            return new Choice(commit, Optional.of(seen.at()), "graded commit " + commit.name() + ", the head the "
                    + "grader saw at " + seen.at() + ", its last fetch before the deadline (" + due + ")" + later);
        }
        Optional<Instant> firstSeen = firstSeen(observations, head);
        return new Choice(head, firstSeen, "graded commit " + head.name() + ", the head now: the grader has no record "
                + "of this repository before the deadline (" + due + "), so it counts as submitted when the grader "
                + "first saw it (" + firstSeen.map(Instant::toString).orElse("now")
                + "), whatever its commit dates say");
    }

    /** When the grader first saw {@code commit} as the head. */
    private static Optional<Instant> firstSeen(List<FetchLog.Observation> observations, ObjectId commit) {
        return observations.stream()
                .filter(observation -> observation.commit().equalsIgnoreCase(commit.name()))
                .map(FetchLog.Observation::at)
                .min(Comparator.naturalOrder());
    }
}
