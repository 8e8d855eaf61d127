package dev.amdahl.grader.export;

import dev.amdahl.grader.io.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;

/** A folder an export writes whole or not at all: assembled beside it, then moved into place. */
public final class OutputFolder {

    private OutputFolder() {
    }

    /** Refuses {@code target} unless it is missing, an empty folder, or a folder {@code replace} may replace. */
    public static void refuseUnlessWritable(Path target, boolean replace) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " exists and is not a folder. Choose another --out.");
        }
        try (Stream<Path> children = Files.list(target)) {
            if (children.findAny().isPresent() && !replace) {
                throw new IOException(target + " is not empty. Choose an empty or new folder, or add --force to "
                        + "replace what is there.");
            }
        }
    }

    /** Moves {@code staging} to {@code target}, the old one out of the way first and back if the move fails. */
    public static void moveIntoPlace(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            Folders.delete(old);
        }
    }
}
