package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.amdahl.grader.cli.ExitCodes;
import dev.amdahl.grader.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code amdahl grade} of the course's own repository, in this JVM, as the end-to-end tests run it. */
final class InProcessGrade {

    private InProcessGrade() {
    }

    /**
     * Grades {@code submission} with {@code options}, printing to {@code console}; the run must succeed and be
     * complete.
     *
     * @return the JSON result, also written to {@code json}
     */
    static JsonNode run(StringWriter console, Path submission, Path json, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("grade", submission.toString(), "--course",
                Repository.root().toString(), "--json", json.toString()));
        args.addAll(List.of(options));
        StringWriter err = new StringWriter();

        int exitCode = Main.run(new PrintWriter(console, true), new PrintWriter(err, true), args.toArray(String[]::new));

        assertThat(exitCode).as("exit code; stderr: %s; stdout: %s", err, console).isEqualTo(ExitCodes.OK);
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertThat(result.get("complete").asBoolean()).isTrue();
        return result;
    }
}
