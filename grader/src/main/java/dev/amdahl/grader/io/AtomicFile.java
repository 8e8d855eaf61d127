package dev.amdahl.grader.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: a temporary file in the same folder, then an atomic rename over the target, so
 * a reader (a web server, the next run after a crash) never sees half a file, and no partial file is left behind.
 */
public final class AtomicFile {

    /** What writes the content as text. */
    @FunctionalInterface
    public interface Text {
        /** Writes the whole content; AtomicFile closes the writer afterwards (closing it here is harmless). */
        void writeTo(Writer writer) throws IOException;
    }

    /** What writes the content as bytes. */
    @FunctionalInterface
    public interface Bytes {
        /** Writes the whole content; AtomicFile closes the stream afterwards (closing it here is harmless). */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Text in UTF-8, readable by others ({@link OutputFiles#READABLE}); a lone surrogate becomes '?'. */
    public static void write(Path file, Text content) throws IOException {
        writeBytes(file, out -> {
            // Unlike Files.newBufferedWriter, this writer replaces a lone surrogate instead of failing on it.
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                content.writeTo(writer); // which may close the writer itself, as a CSV printer does
            }
        });
    }

    /** Bytes, readable by others ({@link OutputFiles#READABLE}). */
    public static void writeBytes(Path file, Bytes content) throws IOException {
        write(file, content, true);
    }

    /** Bytes only the grader's user may read ({@link Files#createTempFile}'s rw-------): what holds tests. */
    public static void writePrivate(Path file, Bytes content) throws IOException {
        write(file, content, false);
    }

    private static void write(Path file, Bytes content, boolean readable) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            if (readable) {
                OutputFiles.makeReadable(partial);
            }
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
