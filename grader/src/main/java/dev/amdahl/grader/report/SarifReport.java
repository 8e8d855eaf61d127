package dev.amdahl.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.style.StyleFinding;
import dev.amdahl.grading.StudentText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Style findings as a SARIF 2.1.0 log, the format GitHub code scanning reads: each finding then shows up as an
 * annotation on the student's line. One run, one rule per check that found something, every result a warning
 * (style is feedback; the grade is computed elsewhere).
 */
public final class SarifReport implements ReportWriter {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String TOOL_NAME = "Checkstyle (Amdahl)";
    /** Base of every artifact URI: the repository's root, as GitHub resolves it. */
    static final String SOURCE_ROOT = "%SRCROOT%";
    /** What one result's message may take: GitHub shows messages in a narrow annotation. */
    static final int MAX_MESSAGE = 1_000;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HEX = "0123456789ABCDEF";

    /** GitHub code scanning takes at most 25,000 results a run; a student's sources never need that many. */
    static final int MAX_RESULTS = 5_000;

    SarifReport() {
    }

    /** Every exercise's style findings, each at its path in the student's copy. */
    @Override
    public String render(GradeReport report) {
        List<Entry> entries = new java.util.ArrayList<>();
        String version = "";
        for (ExerciseResult exercise : report.exercises()) {
            if (exercise.style().isEmpty()) {
                continue;
            }
            var review = exercise.style().get();
            version = review.checkstyleVersion().isEmpty() ? version : review.checkstyleVersion();
            for (StyleFinding finding : review.score().shown()) {
                if (entries.size() < MAX_RESULTS) {
                    entries.add(new Entry(StyleText.path(review, finding), finding));
                }
            }
        }
        return render(entries, version);
    }

    /**
     * A finding placed in the repository.
     *
     * @param uri     the file's path from the repository's root, with '/' between folders, e.g.
     *                {@code exercises/processes/src/main/java/dev/amdahl/exercises/processes/Subprocess.java}
     * @param finding what was found there
     */
    public record Entry(String uri, StyleFinding finding) {

        public Entry {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(finding, "finding");
        }
    }

    /** The SARIF log of these findings, pretty-printed; a valid log with no results when there are none. */
    public static String render(List<Entry> entries, String checkstyleVersion) {
        Map<String, StyleFinding> firstByCheck = new TreeMap<>();
        for (Entry entry : entries) {
            firstByCheck.putIfAbsent(entry.finding().check(), entry.finding());
        }
        Map<String, Integer> ruleIndex = new TreeMap<>();
        firstByCheck.keySet().forEach(check -> ruleIndex.put(check, ruleIndex.size()));

        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL_NAME);
        driver.put("version", checkstyleVersion);
        driver.put("informationUri", "https://checkstyle.org");
        ArrayNode rules = driver.putArray("rules");
        firstByCheck.forEach((check, finding) -> {
            ObjectNode rule = rules.addObject();
            rule.put("id", check);
            rule.put("name", check);
            rule.putObject("shortDescription").put("text", finding.category().label() + ": " + check);
            rule.putObject("defaultConfiguration").put("level", "warning");
            rule.putObject("properties").putArray("tags").add(finding.category().label());
        });
        ArrayNode results = run.putArray("results");
        for (Entry entry : entries) {
            results.add(result(entry, ruleIndex.get(entry.finding().check())));
        }
        return log.toPrettyString() + "\n";
    }

    private static ObjectNode result(Entry entry, int ruleIndex) {
        StyleFinding finding = entry.finding();
        ObjectNode result = MAPPER.createObjectNode();
        result.put("ruleId", finding.check());
        result.put("ruleIndex", ruleIndex);
        result.put("level", "warning");
        result.putObject("message").put("text", message(finding.message()));
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(entry.uri()));
        artifact.put("uriBaseId", SOURCE_ROOT);
        ObjectNode region = physical.putObject("region");
        // A finding about the whole file (line 0) points at its first line: GitHub needs a line to annotate.
        region.put("startLine", Math.max(1, finding.line()));
        if (finding.line() > 0 && finding.column() > 0) {
            region.put("startColumn", finding.column());
        }
        return result;
    }

    /** Printable, and at most {@link #MAX_MESSAGE} characters, the mark of the cut included. */
    static String message(String text) {
        String printable = StudentText.printableLines(text);
        return printable.isBlank() ? "(no message)" : StudentText.cut(printable, MAX_MESSAGE);
    }

    /**
     * A relative URI reference for a path: '/' kept, unreserved characters kept, everything else
     * percent-encoded as UTF-8, so that spaces, '#', '?', ':' or non-ASCII names stay one path.
     */
    static String uri(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
            }
        }
        return out.toString();
    }
}
