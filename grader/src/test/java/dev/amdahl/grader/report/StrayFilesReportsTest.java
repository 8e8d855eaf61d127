package dev.amdahl.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grader.submission.StagedExercise;
import dev.amdahl.grader.submission.SubmissionStager;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission full of stray files, from staging to every report: a few of them are named, the rest counted, so
 * each file stays small (and feedback.md well inside GitHub's 1 MiB job summary).
 */
class StrayFilesReportsTest {

    /** Far below the 1 MiB a job summary may hold: the notes of 1,000 files listed one by one took about 60 KiB. */
    private static final long SMALL = 16 * 1024;

    @TempDir
    Path temp;

    @Test
    void aThousandFilesThatAreNotJavaMakeSmallReportsWithASummaryLine() throws Exception {
        Path course = temp.resolve("course/exercises/adder");
        write(course.resolve("src/test/java/demo/AdderTest.java"), "instructor's test");
        write(course.resolve("src/main/java/demo/Adder.java"), "skeleton");
        Path submission = temp.resolve("student");
        Path code = submission.resolve("exercises/adder/src/main/java/demo");
        write(code.resolve("Adder.java"), "student's code");
        for (int i = 0; i < 1_000; i++) {
            Files.writeString(code.resolve("notes-" + i + ".txt"), "a stray file");
        }
        StagedExercise staged = new SubmissionStager(SubmissionStager.Limits.defaults())
                .stage(submission, new Exercise("adder", course), temp.resolve("staged")).orElseThrow();
        PlannedTest test = new PlannedTest("id-1", "demo.AdderTest", "adds", "adds", 3);
        GradeReport report = new GradeReport("alice", "1.0", "img", Instant.parse("2026-11-24T10:00:00Z"), List.of(
                new ExerciseResult("adder", Verdict.COMPLETED, "", List.of(new GradedResult(test, Outcome.PASSED, "", 5)),
                        staged.ignored(), Duration.ofSeconds(1))));

        Reports.write(report, EnumSet.allOf(ReportFormat.class), temp.resolve("out"));

        String summary = "… and 990 more files that are not Java: only .java files are compiled";
        for (ReportFormat format : List.of(ReportFormat.MARKDOWN, ReportFormat.HTML, ReportFormat.JSON)) {
            Path file = temp.resolve("out").resolve(format.fileName());
            assertThat(Files.size(file)).as(format.fileName()).isLessThan(SMALL);
            assertThat(Files.readString(file)).as(format.fileName()).contains("990 more files that are not Java");
        }
        assertThat(Files.readString(temp.resolve("out/feedback.md"))).contains("- Note: " + Text.markdownInline(summary));
        String console = ConsoleReport.render(report);
        assertThat(console.length()).isLessThan((int) SMALL);
        assertThat(console).contains("note: " + summary);
    }

    @Test
    void anExerciseKeepsAFewNotesWhoeverAddsThem() {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            notes.add("a link in alice.zip was not copied: link-" + i);
        }

        ExerciseResult result = new ExerciseResult("adder", Verdict.COMPLETED, "", List.of(), notes, Duration.ZERO);

        assertThat(result.notes()).hasSize(ExerciseResult.MAX_NOTES).startsWith("a link in alice.zip was not copied: link-0")
                .endsWith("… and 976 more notes");
    }

    private static void write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
