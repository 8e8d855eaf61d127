package dev.amdahl.grading.classroom;

import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.TestKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code plan.tsv}: the graded tests of an exported template, written by the grader at export time and read by
 * {@link ClassroomFeedback}, for which it is the authority. A test that ran but is not planned earns nothing; a
 * planned test that did not run is an error, never a silent pass.
 *
 * <p>Format ({@link Tsv}): the line {@value #HEADER}, then one line per test:
 * {@code exercise, uniqueId, points, extraCredit (true|false), kind (TestKind name), displayName}.
 */
public final class PlanFile {

    /** The first line, naming the format and its version. */
    public static final String HEADER = "# amdahl plan v1";

    private PlanFile() {
    }

    /** The plan's entries for the tests of {@code exercise} that carry points, in the order given. */
    public static List<PlanEntry> entries(String exercise, List<PlannedTest> tests) {
        return tests.stream().filter(test -> test.points() > 0).map(test -> PlanEntry.of(exercise, test)).toList();
    }

    /** The file's text. */
    public static String render(List<PlanEntry> entries) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(entries)) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** Writes the file atomically, creating its folders. */
    public static void write(Path file, List<PlanEntry> entries) throws IOException {
        Tsv.writeAtomically(file, lines(entries));
    }

    /**
     * The entries of the plan at {@code file}.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws InvalidPlanException              when it is not a plan written by {@link #write}
     */
    public static List<PlanEntry> read(Path file) throws IOException {
        if (Files.size(file) > Tsv.MAX_FILE_BYTES) {
            throw new InvalidPlanException("the plan is larger than " + Tsv.MAX_FILE_BYTES + " bytes");
        }
        return parse(Tsv.read(file));
    }

    /**
     * The entries of a plan's text.
     *
     * @throws InvalidPlanException naming the first line that is not as {@link #render} writes it
     */
    public static List<PlanEntry> parse(String text) throws InvalidPlanException {
        List<String> lines = Tsv.lines(text);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new InvalidPlanException("the first line is not \"" + HEADER + "\"");
        }
        List<PlanEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            PlanEntry entry;
            try {
                entry = entry(Tsv.fields(lines.get(i)));
            } catch (IllegalArgumentException e) {
                throw new InvalidPlanException("line " + (i + 1) + ": " + e.getMessage());
            }
            if (!seen.add(entry.exercise() + "\t" + entry.uniqueId())) {
                throw new InvalidPlanException("line " + (i + 1) + ": the test is planned twice: " + entry.uniqueId());
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }

    private static List<String> lines(List<PlanEntry> entries) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (PlanEntry entry : entries) {
            lines.add(Tsv.line(entry.exercise(), entry.uniqueId(), number(entry.points()),
                    Boolean.toString(entry.extraCredit()), entry.kind().name(), entry.displayName()));
        }
        return lines;
    }

    private static PlanEntry entry(List<String> fields) {
        if (fields.size() != 6) {
            throw new IllegalArgumentException("expected 6 fields, found " + fields.size());
        }
        double points;
        try {
            points = Double.parseDouble(fields.get(2));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("points are not a number: " + fields.get(2));
        }
        return new PlanEntry(fields.get(0), fields.get(1), points, bool(fields.get(3)),
                TestKind.valueOf(fields.get(4)), fields.get(5));
    }

    private static boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("extraCredit is neither true nor false: " + text);
        };
    }

    /** Shortest exact form: "2", "1.6666666666666667"; parsing it gives the same double back. */
    static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
