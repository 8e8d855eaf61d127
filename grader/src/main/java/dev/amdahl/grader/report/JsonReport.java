package dev.amdahl.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amdahl.grader.io.AtomicFile;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grader.scoring.StyleReview;
import dev.amdahl.grader.style.StyleFinding;
import dev.amdahl.grader.scoring.ScalingPoint;
import dev.amdahl.grading.GradedResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The grade as JSON, for programs. The shape is stable: {@code score} and {@code maxScore} at the top and per
 * exercise, {@code complete} false when some exercise could not be graded, and one entry per test with its
 * {@code outcome} (PASSED, FAILED, TIMED_OUT, SKIPPED, NOT_RUN), and one entry per timed case in
 * {@code speedups} (empty when the timing lane did not run), with {@code needsReview} where a human must decide.
 */
public final class JsonReport implements ReportWriter {

    public static final int FORMAT_VERSION = 2;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    JsonReport() {
    }

    @Override
    public String render(GradeReport report) {
        return toJson(report).toPrettyString();
    }

    /** The report as a JSON tree, which {@link #render} pretty-prints. */
    public static ObjectNode toJson(GradeReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("submission", report.submission());
        root.put("graderVersion", report.graderVersion());
        root.put("sandbox", report.sandbox());
        root.put("gradedAt", report.gradedAt().toString());
        root.put("score", report.earned());
        root.put("maxScore", report.possible());
        root.put("complete", report.complete());
        root.put("scoreBeforeLatePenalty", report.earnedBeforePenalty());
        report.lateness().ifPresent(late -> {
            ObjectNode lateness = root.putObject("lateness");
            lateness.put("submittedAt", late.submittedAt().toString());
            lateness.put("due", late.due().toString());
            lateness.put("graceSeconds", late.grace().toSeconds());
            lateness.put("lateSeconds", late.late().toSeconds());
            lateness.put("units", late.units());
            lateness.put("per", late.per().name().toLowerCase(java.util.Locale.ROOT));
            lateness.put("percent", late.percent());
            lateness.put("penalty", report.latePenalty());
        });
        root.put("pastDue", report.disclosure().pastDue());
        root.put("hiddenReleased", report.disclosure().hiddenReleased());
        ArrayNode exercises = root.putArray("exercises");
        for (ExerciseResult exercise : report.exercises()) {
            ObjectNode e = exercises.addObject();
            e.put("exercise", exercise.exercise());
            e.put("verdict", exercise.verdict().name());
            e.put("score", exercise.earned());
            e.put("maxScore", exercise.possible());
            e.put("needsReview", exercise.needsReview());
            e.put("detail", exercise.detail());
            exercise.hiddenRun().ifPresent(hidden -> {
                ObjectNode run = e.putObject("hiddenRun"); // the instructor's: what the hidden tests' own run said
                run.put("verdict", hidden.verdict().name());
                run.put("detail", hidden.detail());
            });
            e.put("wallTimeMillis", exercise.wallTime().toMillis());
            ObjectNode provenance = e.putObject("provenance");
            provenance.put("sourcesSha256", exercise.provenance().sourcesSha256());
            provenance.put("jdk", exercise.provenance().jdk());
            provenance.put("rubricSha256", exercise.provenance().rubricSha256());
            provenance.put("seed", Long.toString(exercise.provenance().seed()));
            exercise.style().ifPresent(review -> style(e.putObject("style"), exercise, review));
            ArrayNode notes = e.putArray("notes");
            exercise.notes().forEach(notes::add);
            ArrayNode tests = e.putArray("tests");
            for (GradedResult result : exercise.tests()) {
                ObjectNode t = tests.addObject();
                t.put("id", result.test().uniqueId());
                t.put("class", result.test().className());
                t.put("method", result.test().methodName());
                t.put("name", result.test().displayName());
                t.put("outcome", result.outcome().name());
                t.put("score", exercise.counted(result));
                t.put("maxScore", result.test().maxPoints());
                t.put("points", result.test().points());
                t.put("extraCredit", result.test().extraCredit());
                t.put("visibility", result.test().visibility().name());
                t.put("kind", result.test().kind().name());
                t.put("message", result.message());
                t.put("durationMillis", result.durationMillis());
            }
            ArrayNode speedups = e.putArray("speedups");
            exercise.speedups().forEach(speedup -> speedup(speedups.addObject(), exercise, speedup));
        }
        return root;
    }

    private static void speedup(ObjectNode node, ExerciseResult exercise, SpeedupResult speedup) {
        node.put("case", speedup.caseClass());
        node.put("name", speedup.name());
        node.put("status", speedup.status().name());
        node.put("score", SpeedupText.earned(exercise, speedup));
        node.put("maxScore", speedup.possible());
        node.put("points", speedup.points());
        node.put("message", speedup.message());
        node.put("attempts", speedup.attempts());
        node.put("needsReview", speedup.needsReview());
        speedup.measurement().ifPresent(m -> {
            ObjectNode measurement = node.putObject("measurement");
            measurement.put("trials", m.trials());
            measurement.put("threads", m.threads());
            number(measurement, "referenceSequentialMillis", m.referenceSequentialMillis());
            number(measurement, "referenceParallelMillis", m.referenceParallelMillis());
            number(measurement, "studentParallelMillis", m.studentParallelMillis());
            number(measurement, "studentSpeedup", m.studentSpeedup());
            number(measurement, "referenceSpeedup", m.referenceSpeedup());
            number(measurement, "ratio", m.ratio());
            number(measurement, "spread", m.spread());
            number(measurement, "efficiency", m.efficiency());
            number(measurement, "serialFraction", m.serialFraction());
        });
        ArrayNode scaling = node.putArray("scaling");
        for (ScalingPoint point : speedup.scaling()) {
            ObjectNode p = scaling.addObject();
            p.put("threads", point.threads());
            number(p, "millis", point.millis());
            number(p, "speedup", point.speedup());
            number(p, "efficiency", point.efficiency());
        }
    }

    /** A measured number; null when it is not one (JSON has no NaN or infinity). */
    private static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }

    private static void style(ObjectNode node, ExerciseResult exercise, StyleReview review) {
        node.put("score", exercise.styleEarned());
        node.put("maxScore", review.score().possible());
        node.put("checkstyleVersion", review.checkstyleVersion());
        node.put("sourceFolder", review.sourceFolder());
        ObjectNode categories = node.putObject("categories");
        review.score().categories().forEach((category, score) -> {
            ObjectNode c = categories.putObject(category.key());
            c.put("treatment", score.treatment().name());
            c.put("findings", score.findings());
            c.put("deducted", score.deducted());
            c.put("cap", score.cap());
        });
        ArrayNode findings = node.putArray("findings");
        for (StyleFinding finding : review.score().shown()) {
            ObjectNode f = findings.addObject();
            f.put("file", finding.file());
            f.put("line", finding.line());
            f.put("column", finding.column());
            f.put("category", finding.category().key());
            f.put("check", finding.check());
            f.put("message", finding.message());
        }
    }

    /** Writes atomically: a reader never sees half a file. */
    public static void write(GradeReport report, Path file) throws IOException {
        String json = toJson(report).toPrettyString();
        AtomicFile.write(file, writer -> writer.write(json));
    }
}
