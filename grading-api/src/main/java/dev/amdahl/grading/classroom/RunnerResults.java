package dev.amdahl.grading.classroom;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a GitHub Classroom runner reports, before {@link RunnerJson} writes it: the grader's report and the feedback
 * in a student's repository both build one. The text is as it came (student text included); the writer makes it
 * printable, cuts it and escapes it.
 *
 * @param status   pass, fail, or error when the result cannot be stood behind
 * @param maxScore the points possible
 * @param tests    one entry per test that counts; the grading reporter adds up their scores
 */
public record RunnerResults(Status status, double maxScore, List<Test> tests) {

    public RunnerResults {
        Objects.requireNonNull(status, "status must not be null");
        tests = List.copyOf(tests);
    }

    /** A status as the grading reporter reads it. */
    public enum Status {
        PASS, FAIL, ERROR;

        /** The name in the runner JSON. */
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One test.
     *
     * @param name           what the student sees, e.g. {@code exercise: test name}
     * @param status         pass, fail or error
     * @param score          the points it counts for (negative for a late penalty)
     * @param message        why it did not pass, or what it measured; may be empty
     * @param testCode       what ran, e.g. {@code class#method}
     * @param filename       its source file, or empty
     * @param lineNo         its line in that file, 0 when unknown
     * @param durationMillis how long it ran
     */
    public record Test(String name, Status status, double score, String message, String testCode, String filename,
            int lineNo, long durationMillis) {
        public Test {
            Objects.requireNonNull(name, "name must not be null");
            Objects.requireNonNull(status, "status must not be null");
            message = message == null ? "" : message;
            testCode = testCode == null ? "" : testCode;
            filename = filename == null ? "" : filename;
        }
    }
}
