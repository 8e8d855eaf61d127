package dev.amdahl.grader.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks a .zip, .tar.gz, .tgz or .tar into a folder, treating the archive as hostile: nothing is written outside
 * the folder, links and device files are never created, and {@link WriteBudget} stops a bomb as soon as it
 * shows. A zip is read through its central directory. An archive inside the archive is written as a file, never
 * unpacked.
 */
final class ArchiveUnpacker {

    /** The archive formats a submission may come in. */
    enum Kind {
        ZIP, TAR_GZ, TAR;

        /** The kind a file's name announces, or empty for a file that is no archive. */
        static Optional<Kind> of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".zip")) {
                return Optional.of(ZIP);
            }
            if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
                return Optional.of(TAR_GZ);
            }
            if (lower.endsWith(".tar")) {
                return Optional.of(TAR);
            }
            return Optional.empty();
        }

        /** The name without this kind's extension. */
        static String stripExtension(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            for (String extension : List.of(".tar.gz", ".tgz", ".zip", ".tar")) {
                if (lower.endsWith(extension)) {
                    return fileName.substring(0, fileName.length() - extension.length());
                }
            }
            return fileName;
        }
    }

    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFDIR = 0040000;

    private final IntakeLimits limits;

    ArchiveUnpacker(IntakeLimits limits) {
        this.limits = limits;
    }

    static boolean isArchive(Path file) {
        return Kind.of(file.getFileName().toString()).isPresent();
    }

    /**
     * Unpacks {@code archive} into {@code into}, an existing empty folder. On an exception the folder holds part of
     * the archive: the caller deletes it.
     *
     * @return notes for the student: what was not unpacked, and why
     */
    List<String> unpack(Path archive, Path into) throws UnusableSubmissionException {
        String what = archive.getFileName().toString();
        Kind kind = Kind.of(what).orElseThrow(() -> new IllegalArgumentException("not an archive: " + archive));
        long size;
        try {
            size = Files.size(archive);
        } catch (IOException e) {
            throw new UnusableSubmissionException(what + " could not be read (" + e.getMessage() + ").", e);
        }
        if (size > limits.maxBytes()) {
            throw new UnusableSubmissionException(what + " is larger than " + Sizes.describe(limits.maxBytes())
                    + "; it was not unpacked. Remove build output and upload again.");
        }
        WriteBudget budget = new WriteBudget(limits, what, Math.max(size, 1));
        List<String> notes = new ArrayList<>();
        if (kind == Kind.ZIP) {
            unpackZip(archive, into, what, budget, notes);
        } else {
            unpackTar(archive, kind == Kind.TAR_GZ, into, what, budget, notes);
        }
        return notes;
    }

    private void unpackZip(Path archive, Path into, String what, WriteBudget budget, List<String> notes)
            throws UnusableSubmissionException {
        WriteBudget.Unreadable damaged = cause -> damaged(what, "zip", cause);
        try {
            OptionalLong announced = ZipDirectory.announcedEntries(archive);
            if (announced.isPresent() && Long.compareUnsigned(announced.getAsLong(), limits.maxEntries()) > 0) {
                budget.countEntries(announced.getAsLong()); // refuses before the directory is loaded
            }
        } catch (IOException e) {
            throw damaged(what, "zip", e);
        }
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                budget.countEntry();
                String name = entry.getName();
                Optional<Path> relative = SafePaths.below(into, name, what);
                if (relative.isEmpty() || JunkFiles.isJunkPath(name.replace('\\', '/'))) {
                    continue;
                }
                int type = entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX ? entry.getUnixMode() & S_IFMT : 0;
                if (entry.isUnixSymlink()) {
                    notes.add(linkNote(what, name, readLinkTarget(zip.getInputStream(entry))));
                } else if (entry.isDirectory() || type == S_IFDIR) {
                    makeFolders(into, relative.get(), what, name);
                } else if (type != 0 && type != S_IFREG) {
                    notes.add(specialNote(what, name));
                } else if (!zip.canReadEntryData(entry)) {
                    throw new UnusableSubmissionException(what + " is encrypted or uses a compression the grader "
                            + "cannot read (" + SafePaths.printable(name) + "); it was not unpacked. Make a plain "
                            + "zip without a password and upload it again.");
                } else {
                    Optional<Path> file = newFile(into, relative.get(), what, name, notes);
                    if (file.isPresent()) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            budget.copy(in, file.get(), name, damaged);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw damaged(what, "zip", e);
        }
    }

    private void unpackTar(Path archive, boolean gzipped, Path into, String what, WriteBudget budget,
            List<String> notes) throws UnusableSubmissionException {
        String format = gzipped ? "tar.gz" : "tar";
        WriteBudget.Unreadable damaged = cause -> damaged(what, format, cause);
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
                InputStream unzipped = gzipped ? new GzipCompressorInputStream(file, true) : file;
                TarArchiveInputStream tar = new TarArchiveInputStream(unzipped)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                budget.countEntry();
                String name = entry.getName();
                Optional<Path> relative = SafePaths.below(into, name, what);
                if (relative.isEmpty() || JunkFiles.isJunkPath(name.replace('\\', '/'))) {
                    continue;
                }
                if (entry.isSymbolicLink() || entry.isLink()) {
                    notes.add(linkNote(what, name, entry.getLinkName()));
                } else if (entry.isDirectory()) {
                    makeFolders(into, relative.get(), what, name);
                } else if (!entry.isFile()) {
                    notes.add(specialNote(what, name));
                } else {
                    Optional<Path> target = newFile(into, relative.get(), what, name, notes);
                    if (target.isPresent()) {
                        budget.copy(tar, target.get(), name, damaged);
                    }
                }
            }
        } catch (IOException e) {
            throw damaged(what, format, e);
        }
    }

    private static UnusableSubmissionException damaged(String what, String format, IOException cause) {
        return new UnusableSubmissionException(what + " could not be read as a " + format + " archive (it may be "
                + "damaged, or not a " + format + " at all); it was not unpacked. Make a new " + format
                + " of your copy's folder and upload it again.", cause);
    }

    private static String linkNote(String what, String name, String target) {
        return "a link in " + what + " was not unpacked: " + SafePaths.printable(name) + " -> "
                + SafePaths.printable(target) + " (links are never followed; include the file itself)";
    }

    private static String specialNote(String what, String name) {
        return "a special file in " + what + " (a device or a pipe) was not unpacked: " + SafePaths.printable(name);
    }

    /** A link's target as stored in the zip, read no further than a path could be. */
    private static String readLinkTarget(InputStream in) throws IOException {
        try (in) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
    }

    /**
     * Where a file entry goes, its folders made; empty (with a note) when the archive holds the same name twice.
     */
    private static Optional<Path> newFile(Path into, Path relative, String what, String name, List<String> notes)
            throws UnusableSubmissionException {
        if (relative.getParent() != null) {
            makeFolders(into, relative.getParent(), what, name);
        }
        Path file = into.resolve(relative);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                throw conflict(what, name);
            }
            notes.add(SafePaths.printable(name) + " appears twice in " + what + "; the first one was kept");
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** Makes each folder of {@code relative}; a file already standing where a folder must go is a broken archive. */
    private static void makeFolders(Path into, Path relative, String what, String name)
            throws UnusableSubmissionException {
        Path folder = into;
        for (Path segment : relative) {
            folder = folder.resolve(segment.toString());
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw conflict(what, name);
            }
            try {
                Files.createDirectory(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static UnusableSubmissionException conflict(String what, String name) {
        return new UnusableSubmissionException(what + " holds a file and a folder with the same name ("
                + SafePaths.printable(name) + "); it was not unpacked. Make a new archive of your copy's folder "
                + "and upload it again.");
    }
}
