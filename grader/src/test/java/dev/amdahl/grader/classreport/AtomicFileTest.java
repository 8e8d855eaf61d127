package dev.amdahl.grader.classreport;

import static org.assertj.core.api.Assertions.assertThat;

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
}
