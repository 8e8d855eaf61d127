package dev.amdahl.grader.report;

import dev.amdahl.grader.io.OutputFiles;
import dev.amdahl.grader.scoring.GradeReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            writeAtomically(file, format.writer().render(report));
            lines.add(format + ": " + file);
        }
        return lines;
    }

    /** A reader never sees half a file. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            OutputFiles.makeReadable(partial);
            // Unpaired surrogates become '?', never an error.
            Files.write(partial, text.getBytes(StandardCharsets.UTF_8));
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
