package dev.amdahl.grader.classreport;

import static dev.amdahl.grader.classreport.ClassFixtures.canvas;
import static dev.amdahl.grader.classreport.ClassFixtures.entry;
import static dev.amdahl.grader.classreport.ClassFixtures.exercise;
import static dev.amdahl.grader.classreport.ClassFixtures.moodle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.gradebook.GradebookEntry;
import dev.amdahl.grader.gradebook.SubmissionState;
import dev.amdahl.grader.intake.Lms;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.Verdict;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV gradebooks: the shapes Canvas and Moodle import, each with only its own LMS's ids, no grade for a student
 * not graded completely, safe to open in a spreadsheet.
 */
class GradebookCsvTest {

    private static final String FORMULA = "=HYPERLINK(\"http://x\")";

    /** Three students from a Canvas download, three from a Moodle one, one from a plain folder. */
    private static List<GradebookEntry> entries() {
        return List.of(
                entry("alice", "Alice Martin", canvas("101"), SubmissionState.GRADED,
                        exercise(Verdict.COMPLETED, true, true, true, "", 1.0, null)),
                entry("bob", FORMULA, canvas("102"), SubmissionState.GRADED,
                        exercise(Verdict.COMPLETED, true, false, false, "no", 0.6, "Name 'P' must match.")),
                entry("zoe", "Zoë -1 @home", canvas("103"), SubmissionState.PENDING, null),
                entry("jane-doe", "Jane Doe", moodle("123456"), SubmissionState.GRADED,
                        exercise(Verdict.COMPLETED, true, true, true, "", 1.0, null)),
                entry("li-wei", FORMULA, moodle("222"), SubmissionState.GRADED,
                        exercise(Verdict.COMPLETED, true, false, false, "no", 0.6, "Name 'P' must match.")),
                entry("yan-wu", "Yan Wu", moodle("333"), SubmissionState.PENDING, null),
                entry("femi", "femi", Optional.empty(), SubmissionState.GRADED,
                        exercise(Verdict.COMPLETED, true, true, true, "", 1.0, null)));
    }

    @Test
    void canvasHasItsImportShapeAndOnlyCanvasUserIds(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("grades-canvas.csv");
        GradebookCsv.writeCanvas(entries(), "Lab 3: pools", file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("Student,ID,SIS User ID,SIS Login ID,Section,Lab 3: pools");
        assertThat(lines.get(1)).isEqualTo("Points Possible,,,,,16");
        assertThat(lines.get(2)).as("the Canvas user id in ID; the SIS columns are the institution's, left empty")
                .isEqualTo("Alice Martin,101,,,,14");
        assertThat(lines.get(4)).as("no result yet: an empty cell, not a zero").isEqualTo("Zoë -1 @home,103,,,,");
        assertThat(lines).as("the Moodle and folder students are left out, never under another id").hasSize(5);
        assertThat(Files.readString(file)).contains("\r\n").doesNotContain("123456").doesNotContain("222")
                .doesNotContain("femi");
    }

    @Test
    void twoUploadsWithTheSameIdGoIntoNeitherRowSoNoStudentGetsAnothersGrade(@TempDir Path folder)
            throws IOException {
        List<GradebookEntry> entries = new java.util.ArrayList<>(entries());
        entries.add(entry("alice-2", "Alice Martin", canvas("101"), SubmissionState.GRADED,
                exercise(Verdict.COMPLETED, true, false, false, "no", 0.2, null)));
        entries.add(entry("jane-doe-2", "Jane Doe", moodle("123456"), SubmissionState.GRADED,
                exercise(Verdict.COMPLETED, true, false, false, "no", 0.2, null)));
        Path canvas = folder.resolve("grades-canvas.csv");
        Path moodle = folder.resolve("grades-moodle.csv");

        GradebookCsv.writeCanvas(entries, "Lab 3: pools", canvas);
        GradebookCsv.writeMoodle(entries, moodle);

        assertThat(Files.readString(canvas)).doesNotContain(",101,").contains(",102,");
        assertThat(Files.readString(moodle)).doesNotContain("Participant 123456").contains("Participant 222");
        assertThat(GradebookCsv.sharedIds(entries, Lms.CANVAS)).containsExactly("101");
        assertThat(GradebookCsv.sharingAnId(entries, Lms.CANVAS)).containsExactly("alice", "alice-2");
        assertThat(GradebookCsv.sharingAnId(entries, Lms.MOODLE)).containsExactly("jane-doe", "jane-doe-2");
        assertThat(dev.amdahl.grader.batch.BatchExports.warnings(entries)).anySatisfy(w -> assertThat(w)
                .contains("grades-canvas.csv leaves out 2 students whose submissions carry the same Canvas user id"
                        + " (101)").contains("alice, alice-2"));
    }

    @Test
    void moodleHasItsWorksheetShapeAndOnlyParticipantNumbers(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("grades-moodle.csv");
        GradebookCsv.writeMoodle(entries(), file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("Identifier,Full name,Email address,Status,Grade,Maximum Grade,"
                + "Grade can be changed,Last modified (grade),Feedback comments");
        List<CSVRecord> rows = parse(file);
        assertThat(rows).extracting(row -> row.get(0)).as("Canvas user ids and our ids never become participants")
                .containsExactly("Identifier", "Participant 123456", "Participant 222", "Participant 333");
        assertThat(rows.get(1).toList()).containsExactly("Participant 123456", "Jane Doe", "", "Graded", "14", "14",
                "Yes", "2026-11-24T10:00:00Z", "threadpools: 14 / 14");
        assertThat(rows.get(2).get(5)).isEqualTo("16");
        assertThat(rows.get(2).get(8)).isEqualTo("threadpools: 7.4 / 16");
        assertThat(rows.get(3).toList()).as("no result: no grade")
                .containsExactly("Participant 333", "Yan Wu", "", "Not graded yet", "", "", "Yes",
                        "2026-11-24T10:00:00Z", "");
    }

    @Test
    void leftOutAreTheStudentsWithoutThatLmsId() {
        assertThat(GradebookCsv.leftOut(entries(), Lms.CANVAS)).containsExactly("jane-doe", "li-wei", "yan-wu",
                "femi");
        assertThat(GradebookCsv.leftOut(entries(), Lms.MOODLE)).containsExactly("alice", "bob", "zoe", "femi");
    }

    @Test
    void aStudentNotGradedCompletelyImportsNoGradeAndAnUnusableUploadSaysSo(@TempDir Path folder)
            throws IOException {
        ExerciseResult rejected = exercise(Verdict.REJECTED, false, false, false, "not run", -1, null);
        List<GradebookEntry> entries = List.of(
                entry("obrienliam", "obrienliam", canvas("12362"), SubmissionState.UNUSABLE, rejected),
                entry("dana", "Dana Ito", canvas("104"), SubmissionState.INCOMPLETE,
                        exercise(Verdict.INTERNAL_ERROR, true, false, false, "docker failed", -1, null)),
                entry("cy", "Cy Lee", canvas("105"), SubmissionState.AWAITING_TIMING,
                        exercise(Verdict.COMPLETED, true, true, true, "", -1, null)),
                entry("li-wei", "Li Wei", moodle("222"), SubmissionState.UNUSABLE, rejected));
        Path canvas = folder.resolve("canvas.csv");
        Path moodle = folder.resolve("moodle.csv");
        GradebookCsv.writeCanvas(entries, "Lab 3", canvas);
        GradebookCsv.writeMoodle(entries, moodle);

        assertThat(parse(canvas).subList(2, 5)).extracting(row -> row.get(5)).as("unusable, incomplete, untimed")
                .containsExactly("", "", "");
        CSVRecord li = parse(moodle).get(1);
        assertThat(li.get(4)).as("no grade, not a zero").isEmpty();
        assertThat(li.get(3)).isEqualTo("Unusable: the archive is broken: " + ClassFixtures.HOSTILE);
        assertThat(li.get(8)).as("the same word, and no points for code that never ran")
                .isEqualTo("Unusable: the archive is broken: &lt;script&gt;alert(1)&lt;/script&gt;"
                        + "&lt;img src=x onerror=alert(2)&gt;");
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
    void anOverrideWinsOverTheGradeAndOverAnUnusableUpload(@TempDir Path folder) throws IOException {
        List<GradebookEntry> entries = List.of(ClassFixtures.withOverride(entries().get(0), 9.5),
                ClassFixtures.withOverride(entries().get(3), 9.5),
                ClassFixtures.withOverride(entry("li-wei", "Li Wei", moodle("222"), SubmissionState.UNUSABLE,
                        exercise(Verdict.REJECTED, false, false, false, "not run", -1, null)), 12));
        Path canvas = folder.resolve("canvas.csv");
        Path moodle = folder.resolve("moodle.csv");
        GradebookCsv.writeCanvas(entries, "Lab 3", canvas);
        GradebookCsv.writeMoodle(entries, moodle);

        assertThat(parse(canvas).get(2).get(5)).isEqualTo("9.5");
        CSVRecord jane = parse(moodle).get(1);
        assertThat(jane.get(4)).isEqualTo("9.5");
        assertThat(jane.get(3)).isEqualTo("Graded (score set by hand)");
        assertThat(jane.get(7)).as("the override's time, later than the grading").isEqualTo("2026-11-24T11:00:00Z");
        assertThat(parse(moodle).get(2).get(4)).as("a grade set by hand counts, usable upload or not")
                .isEqualTo("12");
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
