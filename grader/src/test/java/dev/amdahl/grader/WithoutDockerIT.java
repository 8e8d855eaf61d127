package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grader.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, pointed at a Docker engine that is not there: a clear error, never a student's zero. */
class WithoutDockerIT {

    @TempDir
    Path temp;

    @Test
    void noEngineIsAnInternalErrorWithAReasonAndAResultFile() throws Exception {
        Path jar = Path.of(System.getProperty("amdahl.jar", "target/amdahl.jar"));
        Path json = temp.resolve("result.json");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "grade", Repository.root().resolve("solutions").toString(),
                "--course", Repository.root().toString(), "--json", json.toString()))
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("console.txt").toFile());
        builder.environment().put("DOCKER_HOST", "unix://" + temp.resolve("no-such-docker.sock"));
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String console = Files.readString(temp.resolve("console.txt"));

        assertThat(process.exitValue()).as(console).isEqualTo(ExitCodes.SANDBOX_UNAVAILABLE);
        assertThat(console).contains("Cannot reach a Docker engine").contains("Start Docker")
                .contains("INTERNAL ERROR (not graded)").contains("Score: incomplete");
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertThat(result.get("complete").asBoolean()).isFalse();
        assertThat(result.get("exercises")).hasSize(7).allSatisfy(exercise ->
                assertThat(exercise.get("verdict").asText()).isEqualTo("INTERNAL_ERROR"));
        assertThat(result.get("maxScore").asInt()).as("latency 29, mapreduce 29, pipes 25, processes 35, testing 26, threadpools 29 and "
                + "vectorization 29").isEqualTo(202);
    }
}
