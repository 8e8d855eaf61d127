package dev.amdahl.grader.report;

import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.Scores;
import dev.amdahl.grading.StudentText;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit's XML report, as CI systems read it: one {@code testsuite} per exercise, one {@code testcase} per
 * test, with {@code failure}, {@code error} (not run) or {@code skipped}; each test's points are properties.
 * A timed case is a test case of class {@code EXERCISE.speedup}.
 */
final class JunitXmlReport implements ReportWriter {

    @Override
    public String render(GradeReport report) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "amdahl");
            xml.writeAttribute("tests", Long.toString(report.exercises().stream()
                    .mapToLong(JunitXmlReport::testCases).sum()));
            for (ExerciseResult exercise : report.exercises()) {
                suite(xml, exercise);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return text + "\n";
    }

    private static void suite(XMLStreamWriter xml, ExerciseResult exercise) throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", exercise.exercise());
        xml.writeAttribute("tests", Long.toString(testCases(exercise)));
        xml.writeAttribute("failures", Long.toString(Long.parseLong(count(exercise, Outcome.FAILED, Outcome.TIMED_OUT))
                + (exercise.style().filter(r -> !r.score().shown().isEmpty()).isPresent() ? 1 : 0)
                + exercise.speedups().stream().filter(s -> s.status() == SpeedupResult.Status.FAILED).count()));
        xml.writeAttribute("errors", count(exercise, Outcome.NOT_RUN));
        xml.writeAttribute("skipped", Long.toString(Long.parseLong(count(exercise, Outcome.SKIPPED))
                + exercise.speedups().stream().filter(JunitXmlReport::skipped).count()));
        xml.writeAttribute("time", seconds(exercise.wallTime().toMillis()));
        xml.writeStartElement("properties");
        property(xml, "verdict", exercise.verdict().name());
        property(xml, "score", Scores.format(exercise.earned()));
        property(xml, "maxScore", Scores.format(exercise.possible()));
        xml.writeEndElement();
        for (GradedResult result : exercise.tests()) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", result.test().className());
            xml.writeAttribute("name", Text.xml(result.test().displayName()));
            xml.writeAttribute("time", seconds(result.durationMillis()));
            xml.writeStartElement("properties");
            property(xml, "points", Scores.format(result.test().points()));
            property(xml, "earned", Scores.format(exercise.counted(result)));
            property(xml, "kind", result.test().kind().name());
            property(xml, "visibility", result.test().visibility().name());
            if (result.test().extraCredit()) {
                property(xml, "extraCredit", "true");
            }
            xml.writeEndElement();
            String message = Text.xml(StudentText.cut(result.message(), Text.MAX_MESSAGE));
            switch (result.outcome()) {
                case FAILED, TIMED_OUT -> element(xml, "failure", result.outcome().name(), message);
                case NOT_RUN -> element(xml, "error", "NOT_RUN", message);
                case SKIPPED -> element(xml, "skipped", null, message);
                case PASSED -> {
                    // nothing to add
                }
                // Every outcome has a case; one added later must not be written as a pass.
                default -> throw new IllegalStateException("no JUnit XML for outcome " + result.outcome());
            }
            xml.writeEndElement();
        }
        if (exercise.style().isPresent()) {
            style(xml, exercise);
        }
        for (SpeedupResult speedup : exercise.speedups()) {
            speedup(xml, exercise, speedup);
        }
        String detail = StudentView.instructorDetail(exercise);
        if (!detail.isEmpty()) {
            xml.writeStartElement("system-err");
            xml.writeCharacters(Text.xml(StudentText.cut(detail, 10 * Text.MAX_MESSAGE)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Style as one more test case: it fails when Checkstyle found something the student sees. */
    private static void style(XMLStreamWriter xml, ExerciseResult exercise) throws XMLStreamException {
        var review = exercise.style().orElseThrow();
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", exercise.exercise() + ".style");
        xml.writeAttribute("name", "style (Checkstyle " + review.checkstyleVersion() + ")");
        xml.writeAttribute("time", "0.000");
        xml.writeStartElement("properties");
        property(xml, "points", Scores.format(review.score().possible()));
        property(xml, "earned", Scores.format(exercise.styleEarned()));
        property(xml, "kind", "STYLE");
        xml.writeEndElement();
        if (!review.score().shown().isEmpty()) {
            element(xml, "failure", "STYLE", Text.xml(StyleText.summary(exercise, review) + "\n"
                    + String.join("\n", StyleText.findings(review))));
        }
        xml.writeEndElement();
    }

    /**
     * A timed case as one more test case: FAILED fails, a case that was not decided or not measured is skipped
     * with the reason, and a scored one passes, its measurement and scaling curve in {@code system-out}.
     */
    private static void speedup(XMLStreamWriter xml, ExerciseResult exercise, SpeedupResult speedup)
            throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", exercise.exercise() + ".speedup");
        xml.writeAttribute("name", Text.xml(StudentText.cut(speedup.name(), 200)));
        xml.writeAttribute("time", "0.000");
        xml.writeStartElement("properties");
        property(xml, "points", Scores.format(speedup.possible()));
        property(xml, "earned", Scores.format(SpeedupText.earned(exercise, speedup)));
        property(xml, "kind", "SPEEDUP");
        property(xml, "case", Text.xml(speedup.caseClass()));
        property(xml, "status", speedup.status().name());
        property(xml, "attempts", Integer.toString(speedup.attempts()));
        if (speedup.needsReview()) {
            property(xml, "needsReview", "true");
        }
        if (speedup.measurement().isPresent()) {
            var m = speedup.measurement().get();
            property(xml, "threads", Integer.toString(m.threads()));
            property(xml, "studentSpeedup", SpeedupText.times(m.studentSpeedup()));
            property(xml, "referenceSpeedup", SpeedupText.times(m.referenceSpeedup()));
            property(xml, "ratio", SpeedupText.times(m.ratio()));
            property(xml, "spread", SpeedupText.times(m.spread()));
        }
        xml.writeEndElement();
        String message = Text.xml(StudentText.cut(speedup.message(), Text.MAX_MESSAGE));
        if (speedup.status() == SpeedupResult.Status.FAILED) {
            element(xml, "failure", "SPEEDUP_FAILED", message);
        } else if (skipped(speedup)) {
            element(xml, "skipped", null, SpeedupText.label(speedup) + (message.isEmpty() ? "" : ". " + message));
        } else {
            xml.writeStartElement("system-out");
            xml.writeCharacters(Text.xml(SpeedupText.withCurve(speedup, message)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** A timed case with no decision to report: undecided, not graded, not measurable here, or not timed yet. */
    private static boolean skipped(SpeedupResult speedup) {
        return switch (speedup.status()) {
            case INCONCLUSIVE, INTERNAL_ERROR, NOT_APPLICABLE, NOT_TIMED -> true;
            case SCORED, FAILED -> false;
        };
    }

    private static long testCases(ExerciseResult exercise) {
        return exercise.tests().size() + (exercise.style().isPresent() ? 1 : 0) + exercise.speedups().size();
    }

    private static void element(XMLStreamWriter xml, String name, String type, String message)
            throws XMLStreamException {
        xml.writeStartElement(name);
        if (!message.isEmpty()) {
            xml.writeAttribute("message", message.lines().findFirst().orElse(""));
        }
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeCharacters(message);
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static String count(ExerciseResult exercise, Outcome... outcomes) {
        return Long.toString(exercise.tests().stream()
                .filter(t -> java.util.Arrays.asList(outcomes).contains(t.outcome())).count());
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
