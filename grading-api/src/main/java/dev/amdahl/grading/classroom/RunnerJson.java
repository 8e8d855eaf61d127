package dev.amdahl.grading.classroom;

import dev.amdahl.grading.classroom.ClassroomReport.TestFeedback;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The runner JSON that GitHub Classroom's grading reporter ({@code classroom-resources/autograding-grading-reporter})
 * reads from the environment variable {@code <RUNNER>_RESULTS}, Base64-encoded: a version, a status, the maximum
 * score and one entry per planned test. The reporter adds up the tests' scores into the points GitHub Classroom
 * records.
 */
public final class RunnerJson {

    /** A test's name in the reporter's log. */
    static final int MAX_NAME_CHARS = 200;
    /** A failure message in the reporter's log. */
    static final int MAX_MESSAGE_CHARS = 1_000;

    private RunnerJson() {
    }

    /**
     * The JSON of {@code report}; a test's {@code filename} is its source file under
     * {@code <exercisesFolder>/<exercise>/src/test/java}.
     */
    public static String render(ClassroomReport report, String exercisesFolder) {
        StringBuilder json = new StringBuilder(4096);
        json.append("{\"version\":1,\"status\":").append(string(report.status().json()))
                .append(",\"max_score\":").append(PlanFile.number(report.possible()))
                .append(",\"tests\":[");
        String folder = exercisesFolder.replace('\\', '/');
        folder = folder.endsWith("/") ? folder : folder + "/";
        boolean first = true;
        for (TestFeedback test : report.tests()) {
            PlanEntry entry = test.entry();
            String source = UniqueIds.sourcePath(entry.uniqueId());
            json.append(first ? "" : ",").append('{')
                    .append("\"name\":").append(string(Text.cap(
                            Text.printable(entry.exercise() + ": " + entry.displayName()), MAX_NAME_CHARS)))
                    .append(",\"status\":").append(string(test.status().json()))
                    .append(",\"score\":").append(PlanFile.number(test.score()))
                    .append(",\"message\":").append(string(Text.cap(Text.printableLines(test.message()),
                            MAX_MESSAGE_CHARS)))
                    .append(",\"test_code\":").append(string(UniqueIds.testCode(entry.uniqueId())))
                    .append(",\"filename\":").append(string(source.isEmpty()
                            ? "" : folder + entry.exercise() + "/src/test/java/" + source))
                    .append(",\"line_no\":0")
                    .append(",\"duration\":").append(test.durationMillis())
                    .append('}');
            first = false;
        }
        return json.append("]}").toString();
    }

    /** {@code json} as the reporter expects it in the environment: Base64 of its UTF-8 bytes. */
    public static String base64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A JSON string: quotes, backslashes and control characters escaped, and the line separators and unpaired
     * surrogates that some readers choke on.
     */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029'
                            || (Character.isSurrogate(c) && !paired)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
