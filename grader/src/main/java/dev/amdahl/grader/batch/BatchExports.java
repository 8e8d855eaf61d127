package dev.amdahl.grader.batch;

import dev.amdahl.grader.classreport.ClassReport;
import dev.amdahl.grader.classreport.ClassReportData;
import dev.amdahl.grader.classreport.GradebookCsv;
import dev.amdahl.grader.classreport.SimilarityResult;
import dev.amdahl.grader.gradebook.GradebookEntry;
import dev.amdahl.grader.intake.Lms;
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
     * What an export wrote, for the user.
     *
     * @param files      one line per file or folder written
     * @param notWritten one line per LMS file not written, and why (no submission came from that LMS)
     * @param warnings   the students an LMS file leaves out, per file: they need their grade entered another way
     */
    public record Written(List<String> files, List<String> notWritten, List<String> warnings) {
        public Written {
            files = List.copyOf(files);
            notWritten = List.copyOf(notWritten);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Writes the exports of {@code entries} into {@code out}. An LMS's CSV is written only when some submission came
     * from that LMS's download; an older one is removed otherwise, since it could name students the gradebook no
     * longer has.
     */
    public static Written write(List<GradebookEntry> entries, Path out, Set<ReportFormat> formats,
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
        List<String> notWritten = new ArrayList<>();
        Path canvas = out.resolve(CANVAS_CSV);
        if (fromLms(entries, Lms.CANVAS)) {
            GradebookCsv.writeCanvas(entries, assignment, canvas);
            lines.add(canvas + ": for Canvas's gradebook import");
        } else {
            Files.deleteIfExists(canvas);
            notWritten.add(canvas + ": no submission came from a Canvas download");
        }
        Path moodle = out.resolve(MOODLE_CSV);
        if (fromLms(entries, Lms.MOODLE)) {
            GradebookCsv.writeMoodle(entries, moodle);
            lines.add(moodle + ": for Moodle's grading worksheet upload");
        } else {
            Files.deleteIfExists(moodle);
            notWritten.add(moodle + ": no submission came from a Moodle download");
        }
        ClassReport.write(new ClassReportData(assignment, entries, similarity, now), out.resolve(CLASS_REPORT));
        lines.add(out.resolve(CLASS_REPORT) + ": the class report");
        return new Written(lines, notWritten, warnings(entries));
    }

    /**
     * One line per LMS file that leaves students out, naming them: the students without that LMS's id in a class
     * where some have one. A class with no student from an LMS gets no file for it, and no warning.
     */
    public static List<String> warnings(List<GradebookEntry> entries) {
        List<String> warnings = new ArrayList<>();
        for (Lms lms : Lms.values()) {
            List<String> leftOut = GradebookCsv.leftOut(entries, lms);
            if (!leftOut.isEmpty() && fromLms(entries, lms)) {
                warnings.add(fileName(lms) + " leaves out " + leftOut.size() + (leftOut.size() == 1 ? " student"
                        : " students") + " without a " + lms.idName() + " (their submissions came from elsewhere): "
                        + String.join(", ", leftOut) + ". Enter their grades in " + lms.label() + " by hand.");
            }
            List<String> sharing = GradebookCsv.sharingAnId(entries, lms);
            if (!sharing.isEmpty()) {
                warnings.add(fileName(lms) + " leaves out " + sharing.size() + " students whose submissions carry the"
                        + " same " + lms.idName() + " (" + String.join(", ", GradebookCsv.sharedIds(entries, lms))
                        + "), so that " + lms.label() + " cannot give one student another's grade: "
                        + String.join(", ", sharing) + ". Find out whose each upload is, and enter those grades by"
                        + " hand.");
            }
        }
        return warnings;
    }

    private static boolean fromLms(List<GradebookEntry> entries, Lms lms) {
        return entries.stream().anyMatch(e -> e.registration().idIn(lms).isPresent());
    }

    private static String fileName(Lms lms) {
        return switch (lms) {
            case CANVAS -> CANVAS_CSV;
            case MOODLE -> MOODLE_CSV;
        };
    }
}
