package dev.amdahl.grader.report;

import dev.amdahl.grader.io.AtomicFile;
import dev.amdahl.grader.scoring.GradeReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Writes a grade in several formats into one folder, each file whole or not at all. */
public final class Reports {

    private Reports() {
    }

    /**
     * Writes {@code report} in each of {@code formats} into {@code folder}.
     *
     * @return one line per format: the file written, or why it was not
     */
    public static List<String> write(GradeReport report, Collection<ReportFormat> formats, Path folder)
            throws IOException {
        List<String> lines = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path file = folder.resolve(format.fileName());
            String refusal = format.writer().refusal(report);
            if (refusal != null) {
                lines.add(format + ": " + refusal);
                continue;
            }
            String text = format.writer().render(report);
            AtomicFile.write(file, writer -> writer.write(text));
            lines.add(format + ": " + file);
        }
        return lines;
    }
}
