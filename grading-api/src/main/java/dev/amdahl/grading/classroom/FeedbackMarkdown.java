package dev.amdahl.grading.classroom;

import dev.amdahl.grading.Scores;
import dev.amdahl.grading.StudentText;
import dev.amdahl.grading.TestKind;
import dev.amdahl.grading.classroom.ClassroomReport.ExerciseFeedback;
import dev.amdahl.grading.classroom.RunnerResults.Status;
import dev.amdahl.grading.classroom.ClassroomReport.TestFeedback;
import java.util.List;

/**
 * The Markdown a student reads in the job summary of the workflow run: the total, whether the repository's tests
 * or workflow differ from the template, a table per exercise and the failure messages. Names and messages come
 * from the student's repository, so all of it is escaped: no raw HTML, no link, no mention, no table broken.
 */
public final class FeedbackMarkdown {

    static final String TITLE = "Points from the tests in your repository";
    static final String DIFFERS = "Your tests or workflow differ from the template";
    static final String CLOSING = "This is feedback from the tests in your repository. Your grade comes from the "
            + "instructor's grader, which uses its own copy of the tests and also grades style and speedup.";
    /** A failure message in the summary. */
    static final int MAX_MESSAGE_CHARS = 1_000;
    /** Lines of the template check shown, so that a flood of files does not bury the points. */
    static final int MAX_CHECK_LINES = 50;

    private FeedbackMarkdown() {
    }

    /**
     * The summary of {@code report}; {@code templateCheck} is the content of the template check's report (one
     * difference a line), or empty when the repository's tests and workflow are the template's.
     */
    public static String render(ClassroomReport report, String templateCheck) {
        StringBuilder md = new StringBuilder(4096);
        md.append("## ").append(TITLE).append("\n\n");
        md.append("**").append(ClassroomFeedback.totalLine(report)).append("**\n\n");
        if (templateCheck != null && !templateCheck.isBlank()) {
            differences(md, templateCheck);
        }
        for (ExerciseFeedback exercise : report.exercises()) {
            exercise(md, exercise);
        }
        md.append("---\n\n").append(CLOSING).append('\n');
        return md.toString();
    }

    private static void differences(StringBuilder md, String templateCheck) {
        md.append("### ⚠️ ").append(DIFFERS).append("\n\n");
        md.append("Some files that grade your work are not the ones you were given, so the points here may not "
                + "mean what they seem. That is fine for trying things out: these points are only feedback. Your "
                + "grade comes from the instructor's grader, which runs the instructor's own copy of the tests.\n\n");
        List<String> lines = StudentText.printableLines(templateCheck).lines().filter(line -> !line.isBlank()).toList();
        for (String line : lines.subList(0, Math.min(lines.size(), MAX_CHECK_LINES))) {
            String item = line.strip();
            item = item.startsWith("- ") ? item.substring(2) : item;
            md.append("- ").append(escape(StudentText.cut(item, 300))).append('\n');
        }
        if (lines.size() > MAX_CHECK_LINES) {
            md.append("- and ").append(lines.size() - MAX_CHECK_LINES).append(" more\n");
        }
        md.append('\n');
    }

    private static void exercise(StringBuilder md, ExerciseFeedback exercise) {
        md.append("### ").append(escape(exercise.exercise())).append(": ")
                .append(Scores.format(exercise.earned())).append(" / ").append(Scores.format(exercise.possible()))
                .append("\n\n");
        md.append("| Status | Points | Test |\n| --- | ---: | --- |\n");
        for (TestFeedback test : exercise.tests()) {
            PlanEntry entry = test.entry();
            String points = Scores.format(test.counted()) + " / " + Scores.format(entry.points())
                    + (entry.extraCredit() ? " extra" : "");
            md.append("| ").append(label(test)).append(" | ").append(points).append(" | ")
                    .append(escape(name(test))).append(" |\n");
        }
        md.append('\n');
        boolean noneRan = exercise.tests().stream().allMatch(test -> test.outcome() == null);
        if (noneRan && !exercise.tests().isEmpty()) {
            md.append("⚠️ ").append(escape(ClassroomReport.DID_NOT_RUN)).append("\n\n");
        }
        for (TestFeedback test : noneRan ? List.<TestFeedback>of() : exercise.tests()) {
            if (test.status() == Status.PASS && test.entry().kind() == TestKind.STRUCTURE && test.counted() == 0
                    && test.entry().points() > 0) {
                md.append("**").append(escape(name(test)))
                        .append("**: passed; structure points count once a behaviour test passes.\n\n");
            }
            if (!test.message().isEmpty()) {
                md.append("**").append(escape(name(test)))
                        .append("**\n\n").append(codeBlock(StudentText.cut(StudentText.printableLines(test.message()),
                                MAX_MESSAGE_CHARS))).append('\n');
            }
        }
    }

    /** A test's name as the student wrote it, on one line and not too long. */
    private static String name(TestFeedback test) {
        return StudentText.cut(StudentText.printableLine(test.entry().displayName()), 200);
    }

    private static String label(TestFeedback test) {
        if (test.outcome() == null) {
            return "⚠️ did not run";
        }
        return switch (test.outcome()) {
            case PASSED -> "✅ passed";
            case FAILED -> "❌ failed";
            case TIMED_OUT -> "⏱️ timed out";
            case SKIPPED -> "⏭️ skipped";
            case NOT_RUN -> "⚠️ did not run";
        };
    }

    /**
     * {@code text} as literal Markdown inline text: every ASCII punctuation character backslash-escaped (which
     * CommonMark allows for all of them), so no HTML tag, entity, link, emphasis, mention or table cell border
     * can start; line breaks become spaces.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (c < 128 && isAsciiPunctuation(c)) {
                out.append('\\').append((char) c);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * {@code text} in a fenced code block, whose content Markdown shows as it is: the fence is longer than any
     * run of backticks in the text, so the text cannot close it.
     */
    static String codeBlock(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "text\n" + (text.endsWith("\n") ? text : text + "\n") + fence + "\n";
    }

    private static boolean isAsciiPunctuation(int c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
