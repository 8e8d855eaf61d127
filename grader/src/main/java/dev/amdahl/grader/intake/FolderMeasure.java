package dev.amdahl.grader.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds a folder that is graded where it is (the one given to {@code amdahl grade}) to the same limits as a
 * submission the batch intake copies: files and folders of any kind, bytes in all and per file. Nothing is read:
 * the walk counts entries and the sizes the file system gives, and stops at the first limit crossed, so a folder
 * of 100,000 files or one of 200 MB is refused in the time it takes to list that much of it. Links are counted,
 * never followed; files that are never part of a submission ({@code .git}, {@code .DS_Store}, …) are left out, as
 * the intake leaves them out.
 */
public final class FolderMeasure {

    private FolderMeasure() {
    }

    /**
     * @param what names the folder in the message, e.g. "Your submission"
     * @throws UnusableSubmissionException at the first limit crossed, with a message that says the limit and what to
     *                                     do
     */
    public static void check(Path folder, IntakeLimits limits, String what) throws UnusableSubmissionException {
        WriteBudget budget = WriteBudget.inPlace(limits, what);
        List<UnusableSubmissionException> problems = new ArrayList<>(1);
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(folder)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (JunkFiles.isJunk(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return count(dir, 0);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (JunkFiles.isJunk(file.getFileName().toString())) {
                        return FileVisitResult.CONTINUE;
                    }
                    return count(file, attributes.isRegularFile() ? attributes.size() : 0);
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return count(file, 0); // what cannot be listed is not staged either; it still counts
                }

                private FileVisitResult count(Path entry, long bytes) {
                    try {
                        budget.countEntry();
                        budget.countInPlace(bytes, folder.relativize(entry).toString());
                        return FileVisitResult.CONTINUE;
                    } catch (UnusableSubmissionException e) {
                        problems.add(e);
                        return FileVisitResult.TERMINATE;
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
    }
}
