package dev.amdahl.grader.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Classroom 50's rules for a {@code result.json} (schema {@code classroom50/result/v1}), written from its runner's and
 * collector's documented checks (foundation50/classroom50: {@code validate_result} in
 * {@code collect_scores.py}, and the wiki's field table): what a result must satisfy to be recorded. Each rule
 * broken is one line of the answer; an empty answer means Classroom 50 would take it.
 */
public final class Classroom50Contract {

    private Classroom50Contract() {
    }

    /** The rules on the scores, which {@code amdahl grade -f classroom50} writes. */
    public static List<String> scoreViolations(JsonNode result) {
        List<String> broken = new ArrayList<>();
        if (!result.isObject()) {
            return List.of("the top-level value must be an object");
        }
        if (!"classroom50/result/v1".equals(result.path("schema").asText(null))) {
            broken.add("schema must be classroom50/result/v1");
        }
        wholePoints(result, "score", "score", broken);
        wholePoints(result, "max-score", "max-score", broken);
        if (result.path("score").isIntegralNumber() && result.path("max-score").isIntegralNumber()
                && result.get("score").asLong() > result.get("max-score").asLong()) {
            broken.add("score above max-score");
        }
        JsonNode tests = result.path("tests");
        if (!tests.isArray()) {
            broken.add("tests must be a list");
            return broken;
        }
        for (int i = 0; i < tests.size(); i++) {
            JsonNode test = tests.get(i);
            String where = "tests[" + i + "]";
            if (!test.isObject()) {
                broken.add(where + " must be an object");
                continue;
            }
            if (!test.path("test-name").isTextual() || test.get("test-name").asText().isEmpty()) {
                broken.add(where + ".test-name must be a non-empty string");
            }
            if (!test.path("passed").isBoolean()) {
                broken.add(where + ".passed must be a boolean");
            }
            wholePoints(test, "score", where + ".score", broken);
            wholePoints(test, "max-score", where + ".max-score", broken);
            if (test.path("score").isIntegralNumber() && test.path("max-score").isIntegralNumber()
                    && test.get("score").asLong() > test.get("max-score").asLong()) {
                broken.add(where + ".score above its max-score");
            }
            for (String reserved : List.of("late", "provenance_warning")) {
                if (test.has(reserved) || result.has(reserved)) {
                    broken.add(reserved + " is the collector's own field");
                }
            }
        }
        return broken;
    }

    /** Every rule: the scores', and the submission's identity, which the autograder adds from the runner's. */
    public static List<String> violations(JsonNode result, String classroom, String assignment) {
        List<String> broken = new ArrayList<>(scoreViolations(result));
        if (!classroom.equals(result.path("classroom").asText(null))) {
            broken.add("classroom must be " + classroom);
        }
        if (!assignment.equals(result.path("assignment").asText(null))) {
            broken.add("assignment must be " + assignment);
        }
        if (!result.path("submission").asText("").startsWith("submit/")) {
            broken.add("submission must start with submit/");
        }
        for (String field : List.of("submission", "commit", "release", "review", "datetime")) {
            if (!result.path(field).isTextual() || result.get(field).asText().isEmpty()) {
                broken.add(field + " must be a non-empty string");
            }
        }
        return broken;
    }

    /** A JSON integer, at least 0: Classroom 50 refuses {@code 1.0} and {@code true} as much as {@code 1.5}. */
    private static void wholePoints(JsonNode node, String field, String where, List<String> broken) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber() || value.asLong() < 0) {
            broken.add(where + " must be a non-negative integer, got " + value);
        }
    }
}
