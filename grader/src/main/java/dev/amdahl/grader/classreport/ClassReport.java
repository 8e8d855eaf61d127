package dev.amdahl.grader.classreport;

import dev.amdahl.grader.io.AtomicFile;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The class report: one HTML page for the instructor that works offline and loads nothing (inline CSS and SVG only,
 * no scripts; its Content-Security-Policy forbids anything else). It shows the class's numbers and score histogram,
 * each exercise's tests by pass rate (hardest first), speedups against the reference, the style checks hit most
 * often, and the pairs of similar submissions to review. All student text is escaped by Pebble's autoescaping.
 */
public final class ClassReport {

    private static final PebbleTemplate TEMPLATE = engine().getTemplate("class-report");

    private ClassReport() {
    }

    /** Writes the report to {@code file}, whole or not at all. */
    public static void write(ClassReportData data, Path file) throws IOException {
        String html = render(data);
        AtomicFile.write(file, writer -> writer.write(html));
    }

    /** The report's HTML. */
    public static String render(ClassReportData data) {
        StringWriter out = new StringWriter();
        try {
            TEMPLATE.evaluate(out, Map.of("page", ClassReportView.of(data)), Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /** Autoescaping HTML everywhere, and an undefined variable is an error rather than an empty string. */
    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(ClassReport.class.getClassLoader());
        loader.setPrefix("dev/amdahl/grader/classreport");
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder().loader(loader).strictVariables(true).autoEscaping(true)
                .defaultEscapingStrategy("html").build();
    }
}
