package dev.amdahl.grader.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a student's folder under the same limits as an archive. Links are never followed (a link to /etc or to
 * another student's folder is reported, not copied), nor are device files or pipes.
 */
final class FolderCopier {

    private final IntakeLimits limits;

    FolderCopier(IntakeLimits limits) {
        this.limits = limits;
    }

    /**
     * Copies {@code from} into {@code into}, an existing empty folder. On an exception the folder holds part of the
     * copy: the caller deletes it.
     *
     * @return notes for the student: what was not copied, and why
     */
    List<String> copy(Path from, Path into) throws UnusableSubmissionException {
        String what = from.getFileName().toString();
        WriteBudget budget = new WriteBudget(limits, what, 0);
        List<String> notes = new ArrayList<>();
        List<UnusableSubmissionException> problems = new ArrayList<>();
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    if (dir.equals(from)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (JunkFiles.isJunk(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!count()) {
                        return FileVisitResult.TERMINATE;
                    }
                    Files.createDirectory(into.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String relative = from.relativize(file).toString();
                    if (JunkFiles.isJunk(file.getFileName().toString())) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink()) {
                        notes.add("a link in " + what + " was not copied: " + SafePaths.printable(relative) + " -> "
                                + linkTarget(file) + " (links are never followed; include the file itself)");
                        return FileVisitResult.CONTINUE;
                    }
                    if (!attributes.isRegularFile()) {
                        notes.add("a special file in " + what + " (a device or a pipe) was not copied: "
                                + SafePaths.printable(relative));
                        return FileVisitResult.CONTINUE;
                    }
                    if (!count()) {
                        return FileVisitResult.TERMINATE;
                    }
                    try (InputStream in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        budget.copy(in, into.resolve(relative), relative, cause -> unreadable(relative, cause));
                    } catch (UnusableSubmissionException e) {
                        problems.add(e);
                        return FileVisitResult.TERMINATE;
                    } catch (IOException e) {
                        problems.add(unreadable(relative, e));
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(unreadable(from.relativize(file).toString(), e));
                    return FileVisitResult.TERMINATE;
                }

                private boolean count() {
                    try {
                        budget.countEntry();
                        return true;
                    } catch (UnusableSubmissionException e) {
                        problems.add(e);
                        return false;
                    }
                }

                private UnusableSubmissionException unreadable(String relative, IOException cause) {
                    return new UnusableSubmissionException(SafePaths.printable(relative) + " in " + what
                            + " could not be read (" + cause.getMessage() + "); it was not copied. Check that the "
                            + "grader may read every file of the folder.", cause);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        return notes;
    }

    private static String linkTarget(Path link) {
        try {
            return SafePaths.printable(Files.readSymbolicLink(link).toString());
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }
}
