package dev.amdahl.grader.classreport;

import static dev.amdahl.grader.classreport.ClassFixtures.WHEN;
import static dev.amdahl.grader.classreport.ClassFixtures.exercise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import dev.amdahl.grader.batch.BatchExports;
import dev.amdahl.grader.gradebook.GradebookEntry;
import dev.amdahl.grader.gradebook.SubmissionState;
import dev.amdahl.grader.intake.BatchInput;
import dev.amdahl.grader.intake.Candidate;
import dev.amdahl.grader.intake.IntakeLimits;
import dev.amdahl.grader.intake.Lms;
import dev.amdahl.grader.intake.Registration;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download with Canvas and Moodle names, from the intake to the CSVs: each LMS's file carries only the ids that
 * LMS's own download gave, and an upload that could not be graded imports no grade at all.
 */
class LmsExportsTest {

    private static final String CANVAS_GRADED = "andersenfreja_12359_67904_latency.zip";
    private static final String CANVAS_UNUSABLE = "obrienliam_12362_67907_latency.zip";
    private static final String MOODLE_GRADED = "Jane Doe_123456_assignsubmission_file_";
    private static final String MOODLE_UNUSABLE = "Li Wei_222_assignsubmission_file_";
    private static final SimilarityResult NOT_COMPARED = SimilarityResult.skipped("not needed here");

    @Test
    void eachFileCarriesOnlyItsOwnLmsIdsAndUnusableUploadsImportNoGrade(@TempDir Path temp) throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        BatchExports.write(entriesOfAMixedDownload(temp), out, Set.of(), "Lab", NOT_COMPARED, WHEN);

        List<CSVRecord> canvas = parse(out.resolve(BatchExports.CANVAS_CSV));
        List<CSVRecord> moodle = parse(out.resolve(BatchExports.MOODLE_CSV));
        assertSoftly(soft -> {
            Map<String, CSVRecord> canvasById = canvas.subList(2, canvas.size()).stream()
                    .collect(Collectors.toMap(row -> row.get(1), Function.identity()));
            soft.assertThat(canvasById.keySet())
                    .as("Canvas user ids from the Canvas names only, never a Moodle number")
                    .containsExactlyInAnyOrder("12359", "12362");
            soft.assertThat(canvasById.get("12359").get(5)).isEqualTo("11");
            soft.assertThat(canvasById.get("12362").get(5)).as("an unusable upload: no grade, not a zero")
                    .isEmpty();
            for (CSVRecord row : canvas.subList(2, canvas.size())) {
                soft.assertThat(row.get(2)).as("SIS User ID: ours is not Canvas's").isEmpty();
                soft.assertThat(row.get(3)).as("SIS Login ID: ours is not a Canvas login").isEmpty();
            }

            Map<String, CSVRecord> moodleById = moodle.subList(1, moodle.size()).stream()
                    .collect(Collectors.toMap(row -> row.get(0), Function.identity()));
            soft.assertThat(moodleById.keySet()).as("Moodle participant numbers from the Moodle names only")
                    .containsExactlyInAnyOrder("Participant 123456", "Participant 222");
            soft.assertThat(moodleById.get("Participant 123456").get(4)).isEqualTo("11");
            CSVRecord unusable = moodleById.get("Participant 222");
            soft.assertThat(unusable.get(4)).as("an unusable upload: no grade, not a zero").isEmpty();
            soft.assertThat(unusable.get(3)).startsWith("Unusable: ");
            soft.assertThat(unusable.get(8)).as("the feedback names the state, and no points")
                    .startsWith("Unusable: ").doesNotContain("/");
        });
    }

    @Test
    void theWarningsNameTheStudentsEachFileLeavesOut(@TempDir Path temp) throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        BatchExports.Written written = BatchExports.write(entriesOfAMixedDownload(temp), out, Set.of(), "Lab",
                NOT_COMPARED, WHEN);

        assertThat(written.warnings()).containsExactly(
                "grades-canvas.csv leaves out 2 students without a Canvas user id (their submissions came from "
                        + "elsewhere): jane-doe, li-wei. Enter their grades in Canvas by hand.",
                "grades-moodle.csv leaves out 2 students without a Moodle participant number (their submissions "
                        + "came from elsewhere): andersenfreja, obrienliam. Enter their grades in Moodle by hand.");
    }

    @Test
    void aClassWithNoStudentFromAnLmsGetsNoFileForIt(@TempDir Path temp) throws Exception {
        List<GradebookEntry> canvasOnly = entriesOfAMixedDownload(temp).stream()
                .filter(e -> e.registration().idIn(Lms.CANVAS).isPresent()).toList();
        assertThat(canvasOnly).extracting(GradebookEntry::student).containsExactly("andersenfreja", "obrienliam");
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve(BatchExports.MOODLE_CSV), "from an earlier export");

        BatchExports.Written written = BatchExports.write(canvasOnly, out, Set.of(), "Lab", NOT_COMPARED, WHEN);

        assertThat(out.resolve(BatchExports.CANVAS_CSV)).exists();
        assertThat(out.resolve(BatchExports.MOODLE_CSV)).as("an older file could name students it should not")
                .doesNotExist();
        assertThat(written.notWritten()).containsExactly(out.resolve(BatchExports.MOODLE_CSV)
                + ": no submission came from a Moodle download");
        assertThat(written.warnings()).isEmpty();
    }

    /** Two Canvas and two Moodle students, one of each graded 11 / 14 and one of each unusable. */
    private static List<GradebookEntry> entriesOfAMixedDownload(Path temp) throws Exception {
        Path download = Files.createDirectories(temp.resolve("download"));
        zip(download.resolve(CANVAS_GRADED));
        zip(download.resolve(CANVAS_UNUSABLE));
        zip(Files.createDirectories(download.resolve(MOODLE_GRADED)).resolve("copy.zip"));
        zip(Files.createDirectories(download.resolve(MOODLE_UNUSABLE)).resolve("copy.zip"));
        List<GradebookEntry> entries = new ArrayList<>();
        for (Candidate candidate : BatchInput.discover(download, temp.resolve("scratch"), IntakeLimits.defaults())
                .candidates()) {
            Registration who = candidate.registration();
            boolean usable = who.origin().contains("andersenfreja") || who.origin().contains("Jane Doe");
            GradeReport report = new GradeReport(who.student(), "1.0", "img", WHEN, List.of(usable
                    ? exercise(Verdict.COMPLETED, true, true, true, "", -1, "")
                    : exercise(Verdict.REJECTED, false, false, false, "not run", -1, null)));
            entries.add(new GradebookEntry(who, usable ? SubmissionState.GRADED : SubmissionState.UNUSABLE,
                    Optional.of(report), usable ? "" : "The zip is empty.", Optional.empty(), 1, WHEN));
        }
        assertThat(entries).hasSize(4);
        return entries;
    }

    private static void zip(Path file) throws IOException {
        try (OutputStream bytes = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("exercises/latency/README.md"));
            zip.write("copy".getBytes());
            zip.closeEntry();
        }
    }

    private static List<CSVRecord> parse(Path file) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(Files.readString(file))).getRecords();
    }
}
