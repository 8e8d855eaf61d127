package dev.amdahl.grader.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @Test
    void theClassReportAndTheCsvsAreReadableByOthers(@TempDir Path temp) throws Exception {
        Path csv = temp.resolve("grades-canvas.csv");

        AtomicFile.write(csv, writer -> writer.write("Student,ID\n"));

        assertThat(Files.readString(csv)).isEqualTo("Student,ID\n");
        assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        try (var files = Files.list(temp)) {
            assertThat(files.toList()).containsExactly(csv); // no partial file left behind
        }
    }

    @Test
    void aLoneSurrogateIsWrittenAsAQuestionMarkNotAnError(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("report.md");

        AtomicFile.write(file, writer -> writer.write("a\ud800b"));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("a?b");
    }

    @Test
    void aPrivateFileStaysPrivate(@TempDir Path temp) throws Exception {
        Path zip = temp.resolve("autograder.zip");

        AtomicFile.writePrivate(zip, out -> out.write(new byte[] {1, 2, 3}));

        assertThat(Files.readAllBytes(zip)).containsExactly(1, 2, 3);
        assertThat(Files.getPosixFilePermissions(zip)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoPartial(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("export-settings.json");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> AtomicFile.writeBytes(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(temp)) {
            assertThat(files.toList()).containsExactly(file);
        }
    }
}
