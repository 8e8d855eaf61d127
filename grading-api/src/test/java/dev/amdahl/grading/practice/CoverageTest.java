package dev.amdahl.grading.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading JaCoCo's CSV report. */
class CoverageTest {

    /** The header JaCoCo 0.8 writes, and two rows of the testing exercise's program. */
    static final String CSV = """
            GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,\
            LINE_MISSED,LINE_COVERED,COMPLEXITY_MISSED,COMPLEXITY_COVERED,METHOD_MISSED,METHOD_COVERED
            Exercise: testing,dev.amdahl.exercises.testing,LogParser,12,80,6,14,3,18,5,9,0,4
            Exercise: testing,dev.amdahl.exercises.testing,LogRecord,0,20,0,6,0,3,0,5,0,2
            """;

    @Test
    void readsLinesAndBranchesOfEachClassByTheirColumnNames() {
        Coverage coverage = Coverage.parseCsv(CSV);

        assertEquals(List.of(
                new Coverage.ClassCoverage("LogParser", new Coverage.Count(18, 21), new Coverage.Count(14, 20)),
                new Coverage.ClassCoverage("LogRecord", new Coverage.Count(3, 3), new Coverage.Count(6, 6))),
                coverage.classes());
        assertEquals(new Coverage.Count(21, 24), coverage.lines());
        assertEquals(new Coverage.Count(20, 26), coverage.branches());
    }

    @Test
    void writesPercentagesWithOneDecimalAndNoneForNothingToCover() {
        assertEquals("85.7 %", new Coverage.Count(18, 21).percent());
        assertEquals("100.0 %", new Coverage.Count(3, 3).percent());
        assertEquals("0.0 %", new Coverage.Count(0, 4).percent());
        assertEquals("-", new Coverage.Count(0, 0).percent());
    }

    @Test
    void aReportWithOnlyItsHeaderHasNoClasses() {
        Coverage coverage = Coverage.parseCsv(CSV.lines().findFirst().orElseThrow() + "\n");

        assertEquals(List.of(), coverage.classes());
        assertEquals(new Coverage.Count(0, 0), coverage.lines());
    }

    @Test
    void refusesWhatIsNotSuchAReport() {
        assertThrows(IllegalArgumentException.class, () -> Coverage.parseCsv(""));
        assertThrows(IllegalArgumentException.class, () -> Coverage.parseCsv("GROUP,PACKAGE,CLASS\na,b,C\n"));
        assertThrows(IllegalArgumentException.class, () -> Coverage.parseCsv(CSV.replace(",3,18,", ",x,18,")));
        assertThrows(IllegalArgumentException.class, () -> Coverage.parseCsv(CSV + "too,few,fields\n"));
    }
}
