package dev.amdahl.grader.classreport;

import static dev.amdahl.grader.classreport.ClassFixtures.entry;
import static dev.amdahl.grader.classreport.ClassFixtures.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.gradebook.GradebookEntry;
import dev.amdahl.grader.gradebook.SubmissionState;
import dev.amdahl.grader.scoring.Verdict;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV gradebooks: the shapes Canvas and Moodle import, safe to open in a spreadsheet. */
class GradebookCsvTest {

    private static final String FORMULA = "=HYPERLINK(\"http://x\")";

    private static List<GradebookEntry> entries() {
        return List.of(
                entry("alice", "Alice Martin", "101", SubmissionState.GRADED,
                        exercise(Verdict.COMPLETED, true, true, true, "", 1.0, null)),
                entry("bob", FORMULA, "102", SubmissionState.GRADED,
                        exercise(Verdict.COMPLETED, true, false, false, "no", 0.6, "Name 'P' must match.")),
                entry("zoe", "Zoë -1 @home", "", SubmissionState.PENDING, null));
    }

    @Test
    void canvasHasItsImportShape(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("grades-canvas.csv");
        GradebookCsv.writeCanvas(entries(), "Lab 3: pools", file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("Student,ID,SIS User ID,SIS Login ID,Section,Lab 3: pools");
        assertThat(lines.get(1)).isEqualTo("Points Possible,,,,,16");
        assertThat(lines.get(2)).isEqualTo("Alice Martin,101,,alice,,14");
        assertThat(lines.get(4)).as("no result yet: an empty cell, not a zero").isEqualTo("Zoë -1 @home,,,zoe,,");
        assertThat(lines).hasSize(5);
        assertThat(Files.readString(file)).contains("\r\n");
    }

    @Test
    void aFormulaInANameStaysText(@TempDir Path folder) throws IOException {
        Path canvas = folder.resolve("canvas.csv");
        Path moodle = folder.resolve("moodle.csv");
        GradebookCsv.writeCanvas(entries(), "=cmd|' /C calc'!A0", canvas);
        GradebookCsv.writeMoodle(entries(), moodle);

        List<CSVRecord> canvasRows = parse(canvas);
        assertThat(canvasRows.get(0).get(5)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(canvasRows.get(3).get(0)).isEqualTo("'" + FORMULA);
        assertThat(parse(moodle).get(2).get(1)).isEqualTo("'" + FORMULA);
        assertThat(Files.readString(canvas)).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
        for (Path file : List.of(canvas, moodle)) {
            for (CSVRecord row : parse(file)) {
                for (String cell : row) {
                    assertThat(cell).as("a cell of %s", file.getFileName()).doesNotStartWith("=")
                            .doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("\t");
                }
            }
        }
    }

    @Test
    void anOverrideWinsOverTheGrade(@TempDir Path folder) throws IOException {
        List<GradebookEntry> entries = List.of(ClassFixtures.withOverride(entries().get(0), 9.5), entries().get(2));
        Path canvas = folder.resolve("canvas.csv");
        Path moodle = folder.resolve("moodle.csv");
        GradebookCsv.writeCanvas(entries, "Lab 3", canvas);
        GradebookCsv.writeMoodle(entries, moodle);

        assertThat(parse(canvas).get(2).get(5)).isEqualTo("9.5");
        CSVRecord alice = parse(moodle).get(1);
        assertThat(alice.get(4)).isEqualTo("9.5");
        assertThat(alice.get(3)).isEqualTo("Graded (score set by hand)");
        assertThat(alice.get(7)).as("the override's time, later than the grading").isEqualTo("2026-11-24T11:00:00Z");
    }

    @Test
    void moodleHasItsWorksheetShape(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("grades-moodle.csv");
        GradebookCsv.writeMoodle(entries(), file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("Identifier,Full name,Email address,Status,Grade,Maximum Grade,"
                + "Grade can be changed,Last modified (grade),Feedback comments");
        List<CSVRecord> rows = parse(file);
        assertThat(rows.get(1).toList()).containsExactly("Participant 101", "Alice Martin", "", "Graded", "14", "14",
                "Yes", "2026-11-24T10:00:00Z", "threadpools: 14 / 14");
        assertThat(rows.get(2).get(5)).isEqualTo("16");
        assertThat(rows.get(2).get(8)).isEqualTo("threadpools: 7.4 / 16");
        assertThat(rows.get(3).toList()).as("no participant number: the student id; no result: no grade")
                .containsExactly("zoe", "Zoë -1 @home", "", "Not graded yet", "", "", "Yes", "2026-11-24T10:00:00Z",
                        "");
    }

    @Test
    void writesWholeFilesOnly(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("grades-canvas.csv");
        Files.writeString(file, "old");
        GradebookCsv.writeCanvas(entries(), "Lab 3", file);

        assertThat(Files.readString(file)).startsWith("Student,");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    private static List<CSVRecord> parse(Path file) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(Files.readString(file))).getRecords();
    }
}
