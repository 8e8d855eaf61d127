package dev.amdahl.grading;

import java.util.List;

/** The table a student reads after their tests ran: one line a test method, then the total. */
public final class PointsTable {

    /** About four lines of a console: enough for what failed and what to do; surefire's report above has it all. */
    static final int MESSAGE_PREVIEW_CHARS = 400;
    static final String STRUCTURE_WAITS = "(structure points count once a behaviour test passes)";

    private PointsTable() {
    }

    /** The table under {@code title}: one line a result with its points, then the total. */
    public static String render(String title, List<GradedResult> results) {
        String possible = Scores.format(Scores.possible(results));
        int width = Math.max(5, possible.length() * 2 + 3);
        StringBuilder out = new StringBuilder();
        out.append(title).append('\n');
        for (GradedResult result : results) {
            String points = result.test().points() == 0
                    ? "-"
                    : Scores.format(Scores.counted(result, results)) + " / " + Scores.format(result.test().points())
                            + (result.test().extraCredit() ? " extra" : "");
            out.append(String.format("  %-9s %" + width + "s  %s%n",
                    label(result.outcome()), points, printable(result.test().displayName())));
            if (result.test().kind() == TestKind.STRUCTURE && result.pointsEarned() > 0
                    && Scores.counted(result, results) == 0) {
                out.append(String.format("  %-9s %" + width + "s    %s%n", "", "", STRUCTURE_WAITS));
            }
            if (!result.message().isEmpty()) {
                out.append(String.format("  %-9s %" + width + "s    %s%n", "", "", preview(result.message())));
            }
        }
        out.append(String.format("  %-9s %" + width + "s%n", "TOTAL",
                Scores.format(Scores.earned(results)) + " / " + possible));
        return out.toString();
    }

    /**
     * The lines under the table that say which seed the random inputs were drawn with, and the command that runs the
     * tests of {@code module} (a Maven module, such as {@code exercises/mapreduce}; blank for all of them) again on
     * the very same inputs, for a failure that shows only with some inputs.
     */
    public static String rerun(long seed, String module) {
        String only = module == null || module.isBlank() ? "" : " -pl " + printable(module.strip()) + " -am";
        return String.format("  Random inputs were drawn with seed %d. To run the tests again on the same inputs:%n"
                + "    ./mvnw test%s -D%s=%d%n", seed, only, Seed.PROPERTY, seed);
    }

    private static String label(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> "PASSED";
            case FAILED -> "FAILED";
            case TIMED_OUT -> "TIMEOUT";
            case SKIPPED -> "SKIPPED";
            case NOT_RUN -> "NOT RUN";
        };
    }

    /** The message on one line, its middle cut when it is long, so that the advice at its end stays. */
    static String preview(String message) {
        return printable(StudentText.shorten(message, MESSAGE_PREVIEW_CHARS));
    }

    /** Keeps control characters (terminal escapes among them) out of the console. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
