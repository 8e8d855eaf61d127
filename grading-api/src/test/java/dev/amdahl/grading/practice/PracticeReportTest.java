package dev.amdahl.grading.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The text a student reads: the table of variants, the summary under it, and the coverage. */
class PracticeReportTest {

    private static final SuiteResult PASSING = new SuiteResult(3, Set.of("a", "b", "c"), Map.of());

    private static PracticeVariant variant(String id, String kind, boolean equivalent) {
        return new PracticeVariant(id, kind, "what " + kind + " means", equivalent, Path.of(id));
    }

    @Test
    void aTableRowPerVariantWithCaughtMissedAndTheEquivalentsVerdict() {
        String report = PracticeReport.render(PASSING, List.of(
                new PracticeReport.VariantResult(variant("swapped", "swapped-fields", false),
                        List.of("ParserTest.readsBytes", "ReportTest.wholeReport")),
                new PracticeReport.VariantResult(variant("unquoted", "unquoted-field", false), List.of()),
                new PracticeReport.VariantResult(variant("rewrite", "equivalent-refactoring", true), List.of())),
                Optional.empty(), "target/site/jacoco/jacoco.csv");

        List<String> lines = report.lines().toList();
        assertEquals("  variant   kind                    what it means                      your tests",
                lines.get(3));
        assertEquals("  swapped   swapped-fields          what swapped-fields means          caught by "
                + "ParserTest.readsBytes and 1 more", lines.get(4));
        assertEquals("  unquoted  unquoted-field          what unquoted-field means          MISSED", lines.get(5));
        assertEquals("  rewrite   equivalent-refactoring  what equivalent-refactoring means  passes, as it must",
                lines.get(6));
        assertTrue(report.contains("your 3 tests against 3 changed copies"), report);
        assertTrue(report.contains("You caught 1 of 2 practice bugs."), report);
        assertTrue(report.contains("This is practice, not your grade"), report);
        assertFalse(report.contains("FIRST"), report);
        assertFalse(report.contains("check how the code is written"), report);
        assertTrue(report.contains("Coverage: JaCoCo wrote no report (target/site/jacoco/jacoco.csv)"), report);
        assertTrue(report.endsWith("-\n"), report);
    }

    @Test
    void anEquivalentThatFailsIsShownWithTheTestsThatFailIt() {
        String report = PracticeReport.render(PASSING, List.of(new PracticeReport.VariantResult(
                variant("rewrite", "equivalent-refactoring", true), List.of("T.a", "T.b", "T.c", "T.d"))),
                Optional.empty(), "x");

        assertTrue(report.contains("FAILS: your tests check how the code is written (T.a, T.b, T.c and 1 more)"),
                report);
        assertTrue(report.contains("loses all its bug points"), report);
        assertTrue(report.contains("You caught 0 of 0 practice bugs."), report);
    }

    @Test
    void testsThatFailAgainstTheGivenProgramComeFirst() {
        SuiteResult failing = new SuiteResult(3, Set.of("a"), Map.of("b", "T.b", "c", "T.c"));

        String report = PracticeReport.render(failing, List.of(new PracticeReport.VariantResult(
                variant("swapped", "swapped-fields", false), List.of())), Optional.empty(), "x");

        int first = report.indexOf("FIRST: 2 tests of yours fail against the given program, which is correct: "
                + "T.b, T.c.");
        assertTrue(first > 0, report);
        assertTrue(first < report.indexOf("variant "), "before the table: " + report);
        assertTrue(report.contains("A failing test earns nothing"), report);
    }

    @Test
    void coverageOfEachClassAndOfAll() {
        String report = PracticeReport.render(PASSING, List.of(), Optional.of(Coverage.parseCsv(CoverageTest.CSV)),
                "target/site/jacoco/index.html");

        assertTrue(report.contains("""
                  class      lines                   branches
                  LogParser   18 /  21   85.7 %       14 /  20   70.0 %
                  LogRecord    3 /   3  100.0 %        6 /   6  100.0 %
                  all         21 /  24   87.5 %       20 /  26   76.9 %
                The lines and branches your tests never run: open target/site/jacoco/index.html in a browser.
                """), report);
    }

    @Test
    void withoutTestsItSaysHowToStart() {
        String text = PracticeReport.noTests("src/test/java");

        assertTrue(text.contains("you have no tests yet"), text);
        assertTrue(text.contains("@TempDir"), text);
        assertTrue(text.contains("LogReport.run"), text);
    }
}
