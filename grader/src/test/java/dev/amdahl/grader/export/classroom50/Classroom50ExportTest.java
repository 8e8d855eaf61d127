package dev.amdahl.grader.export.classroom50;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grader.export.BundledGrading;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces of a Classroom 50 export that need no course: names, settings, and the archive's layout. */
class Classroom50ExportTest {

    private static final BundledGrading LATENCY = new BundledGrading(List.of("latency"), false, false,
            Optional.of(Duration.ofMinutes(2)), OptionalLong.empty());
    private static final URI URL = URI.create("https://example.org/amdahl.jar");

    @TempDir
    Path temp;

    @Test
    void namesAndTheGradersAddressAreCheckedWithAMessageThatSaysWhatIsExpected() {
        assertThatThrownBy(() -> new Classroom50Options("par", "HW 1", LATENCY, URL))
                .hasMessageContaining("--assignment must be the assignment's slug");
        assertThatThrownBy(() -> new Classroom50Options("../x", "hw1", LATENCY, URL))
                .hasMessageContaining("--classroom");
        assertThatThrownBy(() -> new Classroom50Options("par", "hw1", LATENCY, URI.create("http://example.org/a.jar")))
                .hasMessageContaining("https://");
        assertThat(new Classroom50Options("par-2026", "hw1-latency", LATENCY, URL).assignment()).isEqualTo(
                "hw1-latency");
    }

    @Test
    void theSettingsCarryTheGradersHashAndGradesOptions() throws Exception {
        JsonNode settings = new ObjectMapper().readTree(Classroom50Export.settings(
                new Classroom50Options("par", "hw1", LATENCY, URL), "ab".repeat(32)));

        assertThat(settings.at("/grader/url").asText()).isEqualTo(URL.toString());
        assertThat(settings.at("/grader/sha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(settings.get("sandbox").asText()).isEqualTo("docker");
        assertThat(settings.get("grade").toString()).isEqualTo("[\"--exercise\",\"latency\",\"--timeout\",\"2m\"]");
    }

    @Test
    void theArchiveHoldsEveryFileUnderOneFolderNamedAsTheAssignmentAsClassroom50PacksIt() throws Exception {
        Path bundle = Files.createDirectories(temp.resolve("hw1"));
        Files.writeString(bundle.resolve("autograder.py"), "print('hi')\n");
        Files.createDirectories(bundle.resolve("course/exercises/latency"));
        Files.writeString(bundle.resolve("course/exercises/latency/rubric.properties"), "structure = graded\n");
        Path archive = temp.resolve("hw1.tar.gz");

        assertThat(Classroom50Export.tarGz(bundle, archive)).isEqualTo(2);

        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                Files.newInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                assertThat(entry.isFile()).as(entry.getName() + " is a plain file").isTrue();
                names.add(entry.getName());
            }
        }
        assertThat(names).containsExactly("hw1/autograder.py", "hw1/course/exercises/latency/rubric.properties");
    }

    @Test
    void tooLargeSaysByHowMuchAndWhatToDo() {
        IOException e = new Classroom50Export.TooLargeException(12_400_000);
        assertThat(e).hasMessageContaining("12.4 MB").hasMessageContaining("10.5 MB").hasMessageContaining("-e");
    }
}
