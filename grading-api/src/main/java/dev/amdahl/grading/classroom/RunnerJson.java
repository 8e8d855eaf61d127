package dev.amdahl.grading.classroom;

import dev.amdahl.grading.StudentText;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The runner JSON that GitHub Classroom's grading reporter ({@code classroom-resources/autograding-grading-reporter})
 * reads from the environment variable {@code <RUNNER>_RESULTS}, Base64-encoded: a version, a status, the maximum
 * score and one entry per test. The reporter adds up the tests' scores into the points GitHub Classroom records, and
 * prints each test's name and, when it did not pass, its message in the log as they are: it cuts nothing, so this
 * writer does. It is the only writer of this format, for the grader's {@code classroom} report and for the feedback
 * in a student's repository alike.
 */
public final class RunnerJson {

    /** A test's name in the reporter's log. */
    public static final int MAX_NAME_CHARS = 200;
    /**
     * A message in the reporter's log, the cut's mark included: enough for a failure and its first lines of stack,
     * and the whole JSON travels in one environment variable, which Linux limits to 128 KiB.
     */
    public static final int MAX_MESSAGE_CHARS = 1_000;

    private RunnerJson() {
    }

    /** The JSON of {@code results}: names on one line, messages printable, both cut. */
    public static String render(RunnerResults results) {
        StringBuilder json = new StringBuilder(4096);
        json.append("{\"version\":1,\"status\":").append(string(results.status().json()))
                .append(",\"max_score\":").append(PlanFile.number(results.maxScore()))
                .append(",\"tests\":[");
        boolean first = true;
        for (RunnerResults.Test test : results.tests()) {
            json.append(first ? "" : ",").append('{')
                    .append("\"name\":").append(string(StudentText.cut(
                            StudentText.printableLine(test.name()), MAX_NAME_CHARS)))
                    .append(",\"status\":").append(string(test.status().json()))
                    .append(",\"score\":").append(PlanFile.number(test.score()))
                    .append(",\"message\":").append(string(StudentText.cut(
                            StudentText.printableLines(test.message()), MAX_MESSAGE_CHARS)))
                    .append(",\"test_code\":").append(string(test.testCode()))
                    .append(",\"filename\":").append(string(test.filename()))
                    .append(",\"line_no\":").append(test.lineNo())
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
