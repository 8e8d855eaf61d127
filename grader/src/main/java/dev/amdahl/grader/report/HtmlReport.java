package dev.amdahl.grader.report;

import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grader.scoring.ScalingPoint;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.StudentText;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Feedback for the student as one self-contained HTML page ({@code feedback.html}): what {@link MarkdownReport} says,
 * with the same hiding of hidden tests and withheld messages ({@link StudentView}), laid out for a browser. The page
 * loads nothing and runs nothing (a Content-Security-Policy says so to the browser too); every piece of student text
 * goes through Pebble's HTML escaping, which cannot be switched off by accident (strict variables, autoescaping on).
 */
final class HtmlReport implements ReportWriter {

    private static final PebbleTemplate TEMPLATE = engine().getTemplate("feedback");

    /** What the template shows; every string is plain text that the template escapes. */
    public record Page(String headline, boolean complete, String lateness, List<Exercise> exercises) {
    }

    /** One exercise: its points, verdict, what went wrong, its tests, style (null when nothing to say), speedups. */
    public record Exercise(String name, String points, boolean graded, String verdict, String detail,
            List<String> notes, List<TestRow> tests, Style style, List<Speedup> speedups) {
    }

    /** A test as the student may see it: first line in the table, the rest (if any) folded away. */
    public record TestRow(boolean passed, String name, String points, String firstLine, String more) {
    }

    /** "Style: 1 / 2 points. …" and one line per finding. */
    public record Style(String summary, List<String> findings) {
    }

    /** A timed case in words, and its scaling curve. */
    public record Speedup(String name, String points, String status, String summary, String message,
            String curveTitle, List<CurvePoint> curve) {
    }

    /** One row of the scaling curve. */
    public record CurvePoint(int cores, String time, String speedup, String efficiency) {
    }

    @Override
    public String render(GradeReport report) {
        StringWriter out = new StringWriter();
        try {
            TEMPLATE.evaluate(out, Map.of("page", page(report)), Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    static Page page(GradeReport report) {
        String headline = report.complete()
                ? "Score: " + StudentView.points(report.earned()) + " / " + StudentView.points(report.possible())
                : report.exercises().stream().allMatch(e -> e.verdict().graded())
                        ? "Score: incomplete. A speedup below is not decided yet. It is not a zero: your instructor "
                                + "will look at it, or it will be timed again."
                        : "Score: incomplete. Some exercises could not be graded through no fault of yours; they "
                                + "will be graded again.";
        List<Exercise> exercises = report.exercises().stream().map(e -> exercise(e, report)).toList();
        return new Page(headline, report.complete(), report.complete() ? StudentView.lateness(report) : "",
                exercises);
    }

    private static Exercise exercise(ExerciseResult exercise, GradeReport report) {
        List<GradedResult> shown = StudentView.tests(exercise, report.disclosure());
        List<TestRow> rows = new ArrayList<>();
        for (GradedResult result : shown) {
            if (result.test().points() == 0 && result.outcome().earnsPoints()) {
                continue; // a passing test worth nothing says nothing, as in the Markdown
            }
            String message = StudentText.printableLines(StudentText.cut(result.message(), Text.MAX_MESSAGE));
            String firstLine = message.lines().findFirst().orElse("");
            String more = message.contains("\n") ? message : "";
            rows.add(new TestRow(result.outcome().earnsPoints(),
                    StudentText.printableLines(result.test().displayName()),
                    MarkdownReport.pointsCell(result, shown, exercise),
                    StudentText.cut(firstLine, MarkdownReport.CELL_CHARS), more));
        }
        Optional<Style> style = StyleText.worthShowing(exercise).map(review -> new Style(
                StudentText.printableLines(StyleText.summary(exercise, review)),
                StyleText.findings(review).stream().map(StudentText::printableLines).toList()));
        List<Speedup> speedups = exercise.speedups().stream().map(s -> speedup(exercise, s)).toList();
        return new Exercise(StudentText.printableLines(exercise.exercise()),
                exercise.verdict().graded()
                        ? StudentView.points(exercise.earned()) + " / " + StudentView.points(exercise.possible())
                        : "not graded",
                exercise.verdict().graded(),
                exercise.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                StudentText.printableLines(StudentText.cut(StudentView.detail(exercise, report.disclosure()),
                        10 * Text.MAX_MESSAGE)),
                exercise.notes().stream()
                        .map(n -> StudentText.printableLines(StudentText.cut(n, Text.MAX_MESSAGE))).toList(),
                rows,
                style.orElse(null), speedups);
    }

    private static Speedup speedup(ExerciseResult exercise, SpeedupResult speedup) {
        List<ScalingPoint> scaling = speedup.scaling();
        String title = scaling.isEmpty() ? "" : SpeedupText.curveTitle(scaling);
        return new Speedup(StudentText.printableLines(StudentText.cut(speedup.name(), MarkdownReport.CELL_CHARS)),
                speedup.status() == SpeedupResult.Status.NOT_APPLICABLE ? "" : SpeedupText.points(exercise, speedup),
                SpeedupText.words(speedup), SpeedupText.summary(speedup),
                StudentText.printableLines(StudentText.cut(speedup.message(), Text.MAX_MESSAGE)),
                title.isEmpty() ? "" : Character.toUpperCase(title.charAt(0)) + title.substring(1),
                scaling.stream().map(p -> new CurvePoint(p.threads(), SpeedupText.millis(p.millis()),
                        SpeedupText.times(p.speedup()), SpeedupText.percent(p.efficiency()))).toList());
    }

    /** Autoescaping HTML everywhere, and an undefined variable is an error rather than an empty string. */
    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(HtmlReport.class.getClassLoader());
        loader.setPrefix("dev/amdahl/grader/report");
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder().loader(loader).strictVariables(true).autoEscaping(true)
                .defaultEscapingStrategy("html").build();
    }
}
