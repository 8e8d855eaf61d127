package dev.amdahl.grader.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds archives for tests, including the hostile ones no ordinary tool would make. */
final class Archives {

    private Archives() {
    }

    /** A zip of {@code files} (name to text), in the map's order. */
    static Path zip(Path zip, Map<String, String> files) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                addFile(out, file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return zip;
    }

    /** A zip with one symbolic link entry beside a regular file. */
    static Path zipWithLink(Path zip, String link, String target) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            addFile(out, "copy/exercises/a/src/main/java/A.java", "class A {}".getBytes(StandardCharsets.UTF_8));
            ZipArchiveEntry entry = new ZipArchiveEntry(link);
            entry.setUnixMode(UnixStat.LINK_FLAG | 0777);
            out.putArchiveEntry(entry);
            out.write(target.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        return zip;
    }

    /** A zip holding one entry of {@code bytes} zeros, written as it is compressed (never held in memory). */
    static Path zipOfZeros(Path zip, String name, long bytes) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            out.setLevel(java.util.zip.Deflater.BEST_SPEED); // zeros compress as well, in a fraction of the time
            out.putArchiveEntry(new ZipArchiveEntry(name));
            byte[] zeros = new byte[1024 * 1024];
            for (long left = bytes; left > 0; left -= zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
            out.closeArchiveEntry();
        }
        return zip;
    }

    static void addFile(ZipArchiveOutputStream out, String name, byte[] content) throws IOException {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.write(content);
        out.closeArchiveEntry();
    }

    /** A .tar.gz of {@code files}, plus a symbolic link {@code link -> target} when link is not null. */
    static Path tarGz(Path archive, Map<String, String> files, String link, String target) throws IOException {
        try (OutputStream file = Files.newOutputStream(archive);
                GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(file);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, String> entry : files.entrySet()) {
                byte[] content = entry.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry header = new TarArchiveEntry(entry.getKey());
                header.setSize(content.length);
                tar.putArchiveEntry(header);
                tar.write(content);
                tar.closeArchiveEntry();
            }
            if (link != null) {
                TarArchiveEntry header = new TarArchiveEntry(link, TarConstants.LF_SYMLINK);
                header.setLinkName(target);
                tar.putArchiveEntry(header);
                tar.closeArchiveEntry();
            }
        }
        return archive;
    }

    /** A Java file of a copy, as a zip entry name. */
    static String java(String prefix, String exercise, String className) {
        return prefix + "exercises/" + exercise + "/src/main/java/" + className + ".java";
    }
}
