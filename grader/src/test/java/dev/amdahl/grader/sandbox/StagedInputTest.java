package dev.amdahl.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedInputTest {

    @TempDir
    Path input;

    @Test
    void theCodeUnderTestCanReadButNotChangeItsInputExceptThePrivateFolderTheRunnerClears() throws Exception {
        Files.createDirectories(input.resolve("exercise/src/test/java"));
        Files.writeString(input.resolve("exercise/src/test/java/T.java"), "class T {}");
        Files.createDirectories(input.resolve("private/variants/off-by-one"));
        Files.writeString(input.resolve("private/variants/off-by-one/A.java"), "class A {}");

        Map<String, TarArchiveEntry> entries = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(StagedInput.tar(input)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.put(entry.getName(), entry);
            }
        }

        assertThat(entries.get("exercise/src/test/java/T.java").getMode()).isEqualTo(0100644);
        assertThat(entries.get("exercise/src/test/java/T.java").getLongUserId()).isZero();
        assertThat(entries.get("private/").getLongUserId()).as("its entries can be deleted")
                .isEqualTo(DockerSandbox.USER_ID);
        assertThat(entries.get("private/variants/").getMode()).isEqualTo(040700);
        assertThat(entries.get("private/variants/off-by-one/A.java").getMode()).isEqualTo(0100600);
        assertThat(entries.get("private/variants/off-by-one/A.java").getLongUserId())
                .isEqualTo(DockerSandbox.USER_ID);
    }
}
