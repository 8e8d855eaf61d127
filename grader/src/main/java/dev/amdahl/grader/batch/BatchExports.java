package dev.amdahl.grader.batch;

import dev.amdahl.grader.classreport.ClassReport;
import dev.amdahl.grader.classreport.ClassReportData;
import dev.amdahl.grader.classreport.GradebookCsv;
import dev.amdahl.grader.classreport.SimilarityResult;
import dev.amdahl.grader.gradebook.GradebookEntry;
import dev.amdahl.grader.report.ReportFormat;
import dev.amdahl.grader.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a batch writes besides its gradebook, always regenerated from it: each student's feedback and results
 * in {@code students/<id>/}, the CSV gradebooks for Canvas and Moodle, and the class report. Every file is written
 * whole or not at all, so a run stopped while exporting leaves the previous files, and the next run writes them again.
 */
public final class BatchExports {

    /** What every student gets, whatever else was asked for. */
    public static final Set<ReportFormat> ALWAYS = EnumSet.of(ReportFormat.JSON, ReportFormat.MARKDOWN,
            ReportFormat.HTML);

    public static final String CANVAS_CSV = "grades-canvas.csv";
    public static final String MOODLE_CSV = "grades-moodle.csv";
    public static final String CLASS_REPORT = "class-report.html";
    public static final String STUDENTS = "students";

    private BatchExports() {
    }

    /**
     * Writes the exports of {@code entries} into {@code out}.
     *
     * @return one line per file or folder written, for the user
     */
    public static List<String> write(List<GradebookEntry> entries, Path out, Set<ReportFormat> formats,
            String assignment, SimilarityResult similarity, Instant now) throws IOException {
        Set<ReportFormat> all = EnumSet.copyOf(ALWAYS);
        all.addAll(formats);
        int students = 0;
        for (GradebookEntry entry : entries) {
            if (entry.report().isEmpty()) {
                continue;
            }
            Path folder = out.resolve(STUDENTS).resolve(entry.student());
            for (ReportFormat format : all) {
                if (format.writer().refusal(entry.report().get()) != null) {
                    // e.g. no Gradescope file for an incomplete grade: an older one must not stay behind
                    Files.deleteIfExists(folder.resolve(format.fileName()));
                } else {
                    Reports.write(entry.report().get(), List.of(format), folder);
                }
            }
            students++;
        }
        List<String> lines = new ArrayList<>();
        lines.add(out.resolve(STUDENTS) + "/: feedback and results of " + students
                + (students == 1 ? " student" : " students") + " (" + String.join(", ",
                        all.stream().map(f -> f.fileName()).toList()) + ")");
        GradebookCsv.writeCanvas(entries, assignment, out.resolve(CANVAS_CSV));
        lines.add(out.resolve(CANVAS_CSV) + ": for Canvas's gradebook import");
        GradebookCsv.writeMoodle(entries, out.resolve(MOODLE_CSV));
        lines.add(out.resolve(MOODLE_CSV) + ": for Moodle's grading worksheet upload");
        ClassReport.write(new ClassReportData(assignment, entries, similarity, now), out.resolve(CLASS_REPORT));
        lines.add(out.resolve(CLASS_REPORT) + ": the class report");
        return lines;
    }
}
