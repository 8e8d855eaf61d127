package dev.amdahl.grader.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LsRemoteCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Fetches students' repositories with JGit and writes out one commit's files.
 *
 * <p>The repository is cloned bare (no submodules), and the commit's files are written from its tree by this
 * class rather than by a git checkout: so no hook, filter or attribute of the student's ever runs, no link is
 * ever created (a link is reported, as {@code core.symlinks=false} would have written it as a file), nothing
 * leaves the target folder, and the same limits as for an archive apply.
 */
final class GitFetcher {

    private final IntakeLimits limits;
    private final Optional<CredentialsProvider> credentials;
    private final Duration timeout;

    GitFetcher(IntakeLimits limits, Optional<CredentialsProvider> credentials, Duration timeout) {
        this.limits = limits;
        this.credentials = credentials;
        this.timeout = timeout;
    }

    /** A bare clone and the head it found; closing it closes the repository (the caller deletes its folder). */
    record Clone(Repository repository, ObjectId head) implements AutoCloseable {
        @Override
        public void close() {
            repository.close();
        }
    }

    /** The commit the repository's HEAD names right now, asked of the server without downloading anything. */
    ObjectId headNow(String location) throws UnusableSubmissionException {
        LsRemoteCommand lsRemote = Git.lsRemoteRepository().setRemote(location).setTimeout(seconds());
        credentials.ifPresent(lsRemote::setCredentialsProvider);
        Map<String, Ref> refs;
        try {
            refs = lsRemote.callAsMap();
        } catch (GitAPIException | JGitInternalException e) {
            throw unreachable(location, e);
        }
        Ref head = refs.get(Constants.HEAD);
        if (head == null || head.getObjectId() == null) {
            throw empty(location);
        }
        return head.getObjectId();
    }

    /** Clones {@code location} bare into {@code gitDir} (which must not exist or be empty). */
    Clone cloneBare(String location, Path gitDir) throws UnusableSubmissionException {
        CloneCommand clone = Git.cloneRepository().setURI(location).setDirectory(gitDir.toFile()).setBare(true)
                .setCloneSubmodules(false).setTimeout(seconds());
        credentials.ifPresent(clone::setCredentialsProvider);
        Repository repository;
        try (Git git = clone.call()) {
            repository = git.getRepository();
            repository.incrementOpen(); // Git.close() closes it; the Clone keeps it open
        } catch (GitAPIException | JGitInternalException e) {
            throw unreachable(location, e);
        }
        try {
            ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
            if (head == null) {
                repository.close();
                throw empty(location);
            }
            return new Clone(repository, head);
        } catch (IOException | RevisionSyntaxException e) {
            repository.close();
            throw damaged(location, e);
        }
    }

    /** The commit {@code revision} names in the clone, or empty when it has none of that name. */
    static Optional<ObjectId> commit(Repository repository, String revision) {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.resolve(revision + "^{commit}");
            if (id == null) {
                return Optional.empty();
            }
            RevCommit commit = walk.parseCommit(id);
            return Optional.of(commit.getId());
        } catch (IOException | RevisionSyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the files of {@code commit} into {@code into}, an existing empty folder.
     *
     * @return notes for the student: links and submodules that were not written
     */
    List<String> writeTree(Repository repository, ObjectId commit, Path into, String what)
            throws UnusableSubmissionException {
        WriteBudget budget = new WriteBudget(limits, what, 0);
        WriteBudget.Unreadable unreadable = cause -> damaged(what, cause);
        List<String> notes = new ArrayList<>();
        try (RevWalk revWalk = new RevWalk(repository); TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(revWalk.parseCommit(commit).getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                budget.countEntry();
                String name = walk.getPathString();
                FileMode mode = walk.getFileMode(0);
                Optional<Path> relative = SafePaths.below(into, name, what);
                if (relative.isEmpty() || JunkFiles.isJunkPath(name)) {
                    continue;
                }
                if (mode == FileMode.SYMLINK) {
                    String target;
                    try (InputStream in = repository.open(walk.getObjectId(0)).openStream()) {
                        target = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                    }
                    notes.add("a link in the repository was not checked out: " + SafePaths.printable(name) + " -> "
                            + SafePaths.printable(target) + " (links are never followed; commit the file itself)");
                } else if (mode == FileMode.GITLINK) {
                    notes.add(SafePaths.printable(name) + " is a submodule; it was not fetched (commit its files "
                            + "in your own repository)");
                } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    Path file = into.resolve(relative.get());
                    try {
                        Files.createDirectories(file.getParent());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e); // the grader's disk, not the student's repository
                    }
                    try (InputStream in = repository.open(walk.getObjectId(0), Constants.OBJ_BLOB).openStream()) {
                        budget.copy(in, file, name, unreadable);
                    }
                }
            }
        } catch (IOException e) {
            throw damaged(what, e);
        }
        return notes;
    }

    private int seconds() {
        return (int) Math.min(Integer.MAX_VALUE, timeout.toSeconds());
    }

    private static UnusableSubmissionException unreachable(String location, Exception e) {
        String reason = rootMessage(e);
        String lower = reason.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("not authorized") || lower.contains("auth") || lower.contains("403")) {
            return new UnusableSubmissionException("The grader may not read the repository " + location + " ("
                    + reason + "). Give the grader access to it (for GitHub Classroom, the instructor's token).", e);
        }
        if (e instanceof InvalidRemoteException || lower.contains("not found") || lower.contains("not exist")) {
            return new UnusableSubmissionException("There is no repository at " + location + " (" + reason
                    + "). Check the address in the list.", e);
        }
        return new UnusableSubmissionException("The repository " + location + " could not be fetched (" + reason
                + "). Check the address and that the grader may read it, then grade it again.", e);
    }

    private static UnusableSubmissionException empty(String location) {
        return new UnusableSubmissionException("The repository " + location + " has no commits; nothing was graded. "
                + "Commit and push your work.");
    }

    private static UnusableSubmissionException damaged(String what, Exception e) {
        return new UnusableSubmissionException("The repository " + what + " could not be read (" + rootMessage(e)
                + "); nothing was graded. Check that the push completed, then grade it again.", e);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return e.getMessage() != null && !e.getMessage().equals(message) ? e.getMessage() + ": " + message : message;
    }
}
