package dev.amdahl.grading.classroom;

import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.Scores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code target/amdahl/results.tsv} of an exercise module: what its last {@code mvn test} run reported, one line
 * per graded unit, written by {@link dev.amdahl.grading.PointsTableListener} and read by {@link ClassroomFeedback}.
 *
 * <p>Format ({@link Tsv}): the line {@value #HEADER}, then one line per test: {@code uniqueId, outcome (Outcome
 * name), counted points, points, extraCredit (true|false), durationMillis, displayName, message}.
 */
public final class ResultsFile {

    /** The first line, naming the format and its version. */
    public static final String HEADER = "# amdahl results v1";
    /** Where a module's results go, relative to the module's folder (surefire's working directory). */
    public static final Path DEFAULT_PATH = Path.of("target", "amdahl", "results.tsv");

    /**
     * What a results file held.
     *
     * @param results      the lines that could be read, in file order
     * @param garbledLines how many lines could not be read and were skipped
     */
    public record Contents(List<ReportedResult> results, int garbledLines) {
        public Contents {
            results = List.copyOf(results);
        }
    }

    private ResultsFile() {
    }

    /** Writes {@code results} atomically, each with the points it counts for among all of them. */
    public static void write(Path file, List<GradedResult> results) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (GradedResult result : results) {
            lines.add(Tsv.line(result.test().uniqueId(), result.outcome().name(),
                    PlanFile.number(Scores.counted(result, results)), PlanFile.number(result.test().points()),
                    Boolean.toString(result.test().extraCredit()), Long.toString(result.durationMillis()),
                    result.test().displayName(), result.message()));
        }
        Tsv.writeAtomically(file, lines);
    }

    /** Reads the file; a line that is not as {@link #write} writes it is skipped and counted, never fatal. */
    public static Contents read(Path file) throws IOException {
        return parse(Tsv.read(file));
    }

    /** Reads a file's text, skipping garbled lines. */
    public static Contents parse(String text) {
        List<ReportedResult> results = new ArrayList<>();
        int garbled = 0;
        for (String line : Tsv.lines(text)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                results.add(result(Tsv.fields(line)));
            } catch (IllegalArgumentException e) {
                garbled++;
            }
        }
        return new Contents(results, garbled);
    }

    private static ReportedResult result(List<String> fields) {
        if (fields.size() != 8) {
            throw new IllegalArgumentException("expected 8 fields, found " + fields.size());
        }
        return new ReportedResult(fields.get(0), Outcome.valueOf(fields.get(1)), Double.parseDouble(fields.get(2)),
                Double.parseDouble(fields.get(3)), Boolean.parseBoolean(fields.get(4)), Long.parseLong(fields.get(5)),
                fields.get(6), fields.get(7));
    }
}
