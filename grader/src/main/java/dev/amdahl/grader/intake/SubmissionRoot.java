package dev.amdahl.grader.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the folder that holds a copy's {@code exercises/} (or its exercise folders) below the folder it was
 * unpacked into: students zip the folder around their copy ({@code alice-copy/exercises/...}), sometimes twice.
 */
final class SubmissionRoot {

    /** Deeper than this is no longer wrapping. */
    private static final int MAX_DEPTH = 8;

    private SubmissionRoot() {
    }

    /** Steps through folders that are alone in their parent (junk aside) and are not themselves part of a copy. */
    static Path find(Path folder) {
        Path root = folder;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            List<Path> children = children(root);
            if (children.size() != 1 || !Files.isDirectory(children.getFirst(), LinkOption.NOFOLLOW_LINKS)
                    || isPartOfCopy(children.getFirst())) {
                return root;
            }
            root = children.getFirst();
        }
        return root;
    }

    /** Whether the folder holds one student's copy itself (rather than a wrapper around one, or many). */
    static boolean looksLikeCopy(Path folder) {
        if (Files.isDirectory(folder.resolve("exercises"), LinkOption.NOFOLLOW_LINKS)
                || Files.isRegularFile(folder.resolve("pom.xml"), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        return children(folder).stream().anyMatch(child -> Files.isDirectory(child.resolve("src/main/java"),
                LinkOption.NOFOLLOW_LINKS));
    }

    /** {@code exercises/} itself, or an exercise's folder (it holds {@code src/}). */
    private static boolean isPartOfCopy(Path folder) {
        return folder.getFileName().toString().equals("exercises")
                || Files.isDirectory(folder.resolve("src"), LinkOption.NOFOLLOW_LINKS);
    }

    /** The folder's entries, junk left out, in name order. */
    static List<Path> children(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(child -> !JunkFiles.isJunk(child.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
