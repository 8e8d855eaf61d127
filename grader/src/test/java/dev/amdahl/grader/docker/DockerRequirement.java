package dev.amdahl.grader.docker;

import dev.amdahl.grader.sandbox.DockerEngine;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs, skips or fails Docker tests; see {@link RequiresDocker}. */
public final class DockerRequirement implements ExecutionCondition {

    private static volatile Boolean available;

    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty("amdahl.docker.required", "false"))
                || "true".equalsIgnoreCase(System.getenv("AMDAHL_DOCKER_REQUIRED"));
    }

    private static boolean available() {
        if (available == null) {
            available = DockerEngine.isAvailable();
        }
        return available;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (available()) {
            return ConditionEvaluationResult.enabled("a Docker engine answers");
        }
        if (required()) {
            return ConditionEvaluationResult.enabled(
                    "no Docker engine answers, but Docker is required here: the test runs and fails");
        }
        return ConditionEvaluationResult.disabled("SKIPPED: no Docker engine answers, so the Docker tests do not run. "
                + "Start Docker (or set DOCKER_HOST), or set AMDAHL_DOCKER_REQUIRED=true to make this a failure.");
    }
}
