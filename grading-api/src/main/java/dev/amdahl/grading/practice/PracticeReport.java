package dev.amdahl.grading.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text a student reads after {@code mvn test}: what their tests did against the given program, the table of
 * practice variants caught and missed, and the coverage of the given program. Text only, so that it can be tested
 * without running anything.
 */
public final class PracticeReport {

    /** How many names of failing tests a line shows at most where the student must fix them. */
    static final int NAMES_SHOWN = 3;

    private static final String RULE = "-".repeat(78);

    /**
     * One variant and the tests that told it from the given program.
     *
     * @param variant  the variant
     * @param failures the tests that pass against the given program and fail against the variant, by name
     */
    public record VariantResult(PracticeVariant variant, List<String> failures) {

        /** Keeps an unmodifiable copy. */
        public VariantResult {
            failures = List.copyOf(failures);
        }

        /**
         * What the table says in its last column.
         *
         * @return e.g. {@code caught by LogReportStarterTest.reportOfOneFile}, {@code MISSED} or
         *         {@code passes, as it must}
         */
        public String verdict() {
            if (variant.equivalent()) {
                return failures.isEmpty() ? "passes, as it must"
                        : "FAILS: your tests check how the code is written (" + names(failures, NAMES_SHOWN) + ")";
            }
            return failures.isEmpty() ? "MISSED" : "caught by " + names(failures, 1);
        }
    }

    private PracticeReport() {
    }

    /**
     * The student has no tests yet.
     *
     * @param testSources where the tests go
     * @return how to start
     */
    public static String noTests(String testSources) {
        return String.join("\n",
                RULE,
                "Practice variants: you have no tests yet, so there is nothing to run against them.",
                "Start with one: put a class whose name ends with Test in " + testSources + ",",
                "write a small log file into a @TempDir, run LogReport.run(...) on it, and assert the exact report",
                "(an integration test; the README's \"What to write\" says more). Then run ./mvnw test again.",
                RULE, "");
    }

    /**
     * The whole report.
     *
     * @param onProgram        the suite's run on the given program
     * @param variants         each variant's result, in the table's order
     * @param coverage         the coverage of the given program, if JaCoCo measured it
     * @param coverageLocation where JaCoCo's HTML report (or, without a report, its CSV) is
     * @return the text, ending with a line end
     */
    public static String render(SuiteResult onProgram, List<VariantResult> variants, Optional<Coverage> coverage,
            String coverageLocation) {
        List<String> lines = new ArrayList<>();
        lines.add(RULE);
        lines.add("Practice variants: your " + plural(onProgram.tests(), "test") + " against " + variants.size()
                + " changed copies of the given program (exercises/testing/practice/). Not graded.");
        if (!onProgram.failed().isEmpty()) {
            lines.add("");
            lines.add("FIRST: " + plural(onProgram.failed().size(), "test") + " of yours fail"
                    + (onProgram.failed().size() == 1 ? "s" : "") + " against the given program, which is correct: "
                    + names(onProgram.failed().values().stream().sorted().toList(), NAMES_SHOWN) + ".");
            lines.add("Fix " + (onProgram.failed().size() == 1 ? "it" : "them") + " first. A failing test earns"
                    + " nothing: it would fail against every variant too, so it cannot tell");
            lines.add("a bug from none. Below, only your passing tests count.");
        }
        lines.add("");
        lines.addAll(table(variants));
        lines.add("");
        lines.addAll(summary(variants));
        lines.add("");
        lines.addAll(coverage(coverage, coverageLocation));
        lines.add(RULE);
        return String.join("\n", lines) + "\n";
    }

    private static List<String> table(List<VariantResult> variants) {
        int idWidth = "variant".length();
        int kindWidth = "kind".length();
        int meaningWidth = "what it means".length();
        for (VariantResult result : variants) {
            idWidth = Math.max(idWidth, result.variant().id().length());
            kindWidth = Math.max(kindWidth, result.variant().kind().length());
            meaningWidth = Math.max(meaningWidth, result.variant().description().length());
        }
        String format = "  %-" + idWidth + "s  %-" + kindWidth + "s  %-" + meaningWidth + "s  %s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(format, "variant", "kind", "what it means", "your tests").stripTrailing());
        for (VariantResult result : variants) {
            lines.add(String.format(format, result.variant().id(), result.variant().kind(),
                    result.variant().description(), result.verdict()));
        }
        return lines;
    }

    private static List<String> summary(List<VariantResult> variants) {
        List<VariantResult> bugs = variants.stream().filter(result -> !result.variant().equivalent()).toList();
        long caught = bugs.stream().filter(result -> !result.failures().isEmpty()).count();
        boolean equivalentFailed = variants.stream()
                .anyMatch(result -> result.variant().equivalent() && !result.failures().isEmpty());
        List<String> lines = new ArrayList<>();
        lines.add("You caught " + caught + " of " + plural(bugs.size(), "practice bug") + ".");
        if (caught < bugs.size()) {
            lines.add("A missed bug is a test to write: read what it means, find the Javadoc sentence it breaks, and");
            lines.add("assert exactly what that sentence promises, on the unit (a unit test) or on the whole program"
                    + " (an integration test).");
        }
        if (equivalentFailed) {
            lines.add("The equivalent refactoring behaves exactly like the given program, yet some of your tests fail"
                    + " against it:");
            lines.add("they check how the code is written, not what it does. In grading, a suite that fails the"
                    + " equivalent refactoring loses all its bug points.");
        }
        lines.add("This is practice, not your grade: the grader plants other bugs, of the kinds in the README's"
                + " table,");
        lines.add("and tells you only which kinds your tests caught.");
        return lines;
    }

    private static List<String> coverage(Optional<Coverage> coverage, String location) {
        List<String> lines = new ArrayList<>();
        if (coverage.isEmpty() || coverage.get().classes().isEmpty()) {
            lines.add("Coverage: JaCoCo wrote no report (" + location + "), so there is none to show.");
            return lines;
        }
        lines.add("Coverage of the given program by your tests (JaCoCo, from the run above):");
        int nameWidth = "class".length();
        for (Coverage.ClassCoverage type : coverage.get().classes()) {
            nameWidth = Math.max(nameWidth, type.name().length());
        }
        String format = "  %-" + nameWidth + "s  %-20s    %s";
        lines.add(String.format(format, "class", "lines", "branches"));
        for (Coverage.ClassCoverage type : coverage.get().classes()) {
            lines.add(String.format(format, type.name(), count(type.lines()), count(type.branches())).stripTrailing());
        }
        lines.add(String.format(format, "all", count(coverage.get().lines()), count(coverage.get().branches()))
                .stripTrailing());
        lines.add("The lines and branches your tests never run: open " + location + " in a browser.");
        return lines;
    }

    private static String count(Coverage.Count count) {
        return count.total() == 0 ? "-"
                : String.format(Locale.ROOT, "%3d / %3d  %7s", count.covered(), count.total(), count.percent());
    }

    private static String names(List<String> names, int limit) {
        List<String> shown = names.size() <= limit ? names : names.subList(0, limit);
        String more = names.size() <= limit ? "" : " and " + (names.size() - limit) + " more";
        return String.join(", ", shown) + more;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
