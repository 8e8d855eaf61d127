package dev.amdahl.grader.classreport;

import dev.amdahl.grader.docker.DockerRequirement;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs, skips or fails the tests that render a page in headless Chromium. Without a {@code chromium} on the PATH
 * they are skipped with a message, unless the environment is required to be complete (as in CI, where Docker is
 * required: {@code AMDAHL_DOCKER_REQUIRED=true} or {@code -Damdahl.docker.required=true}): then they run, and fail.
 */
public final class ChromiumRequirement implements ExecutionCondition {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser");

    /** The Chromium on the PATH, if any. */
    public static Optional<Path> binary() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (binary().isPresent()) {
            return ConditionEvaluationResult.enabled("chromium is on the PATH");
        }
        if (DockerRequirement.required()) {
            return ConditionEvaluationResult.enabled(
                    "no chromium on the PATH, but the environment is required to be complete: the test runs and fails");
        }
        return ConditionEvaluationResult.disabled("SKIPPED: no chromium on the PATH, so the class report is not "
                + "rendered in a browser. Install it (apt-get install chromium), or set AMDAHL_DOCKER_REQUIRED=true "
                + "to make this a failure.");
    }
}
