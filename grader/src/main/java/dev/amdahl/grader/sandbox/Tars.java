package dev.amdahl.grader.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** The tar streams Docker copies files with, in and out. */
final class Tars {

    private Tars() {
    }

    /**
     * A tar of {@code folder}'s regular files and folders (links are left out), readable by all and writable
     * by none but root, plus empty folders {@code writableFolders} that anyone may write to (as /tmp).
     */
    static byte[] of(Path folder, List<String> writableFolders) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);
                Stream<Path> walk = Files.walk(folder)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Path path : walk.sorted().toList()) {
                if (path.equals(folder) || Files.isSymbolicLink(path)) {
                    continue;
                }
                String name = folder.relativize(path).toString().replace('\\', '/');
                boolean directory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
                TarArchiveEntry entry = new TarArchiveEntry(directory ? name + "/" : name);
                entry.setMode(directory ? 040755 : 0100644);
                if (!directory) {
                    entry.setSize(Files.size(path));
                }
                tar.putArchiveEntry(entry);
                if (!directory) {
                    Files.copy(path, tar);
                }
                tar.closeArchiveEntry();
            }
            for (String writable : writableFolders) {
                TarArchiveEntry entry = new TarArchiveEntry(writable + "/");
                entry.setMode(041777);
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The regular files in a tar stream, by path below its top folder. Links and devices are never
     * followed or created; reading stops at {@code maxBytes} in all, the rest of a file is dropped.
     */
    static Map<String, byte[]> regularFiles(InputStream stream, long maxBytes) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long budget = maxBytes;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(stream)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (!entry.isFile() || budget <= 0) {
                    continue;
                }
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? name : name.substring(slash + 1);
                byte[] content = tar.readNBytes((int) Math.min(budget, Integer.MAX_VALUE - 8));
                budget -= content.length;
                files.put(relative, content);
            }
        }
        return files;
    }
}
