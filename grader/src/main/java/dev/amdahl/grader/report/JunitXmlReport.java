package dev.amdahl.grader.report;

import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.Scores;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit's XML report, as CI systems read it: one {@code testsuite} per exercise, one {@code testcase} per
 * test, with {@code failure}, {@code error} (not run) or {@code skipped}; each test's points are properties.
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
                    .mapToLong(e -> e.tests().size() + (e.style().isPresent() ? 1 : 0)).sum()));
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
        xml.writeAttribute("tests", Integer.toString(exercise.tests().size() + (exercise.style().isPresent() ? 1 : 0)));
        xml.writeAttribute("failures", Long.toString(Long.parseLong(count(exercise, Outcome.FAILED, Outcome.TIMED_OUT))
                + (exercise.style().filter(r -> !r.score().shown().isEmpty()).isPresent() ? 1 : 0)));
        xml.writeAttribute("errors", count(exercise, Outcome.NOT_RUN));
        xml.writeAttribute("skipped", count(exercise, Outcome.SKIPPED));
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
            String message = Text.xml(Text.cap(result.message(), Text.MAX_MESSAGE));
            switch (result.outcome()) {
                case FAILED, TIMED_OUT -> element(xml, "failure", result.outcome().name(), message);
                case NOT_RUN -> element(xml, "error", "NOT_RUN", message);
                case SKIPPED -> element(xml, "skipped", null, message);
                case PASSED -> {
                    // nothing to add
                }
            }
            xml.writeEndElement();
        }
        if (exercise.style().isPresent()) {
            style(xml, exercise);
        }
        if (!exercise.detail().isEmpty()) {
            xml.writeStartElement("system-err");
            xml.writeCharacters(Text.xml(Text.cap(exercise.detail(), 10 * Text.MAX_MESSAGE)));
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
