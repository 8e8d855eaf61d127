package dev.amdahl.grading.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Line and branch coverage per class, as JaCoCo's CSV report ({@code target/site/jacoco/jacoco.csv}) gives it.
 *
 * @param classes one row per class, in the report's order
 */
public record Coverage(List<ClassCoverage> classes) {

    /**
     * Covered out of total, e.g. lines.
     *
     * @param covered how many were run
     * @param total   how many there are
     */
    public record Count(long covered, long total) {

        /**
         * The percentage with one decimal, or {@code -} when there is nothing to cover.
         *
         * @return e.g. {@code 87.5 %}
         */
        public String percent() {
            return total == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * covered / total);
        }

        Count plus(Count other) {
            return new Count(covered + other.covered, total + other.total);
        }
    }

    /**
     * One class of the program.
     *
     * @param name     its name without the package, e.g. {@code LogParser}
     * @param lines    its lines
     * @param branches its branches
     */
    public record ClassCoverage(String name, Count lines, Count branches) {
    }

    /** Keeps an unmodifiable copy. */
    public Coverage {
        classes = List.copyOf(classes);
    }

    /**
     * The program's lines together.
     *
     * @return every class's lines added up
     */
    public Count lines() {
        return classes.stream().map(ClassCoverage::lines).reduce(new Count(0, 0), Count::plus);
    }

    /**
     * The program's branches together.
     *
     * @return every class's branches added up
     */
    public Count branches() {
        return classes.stream().map(ClassCoverage::branches).reduce(new Count(0, 0), Count::plus);
    }

    /**
     * Reads JaCoCo's CSV report: a header line naming the columns, then one line per class.
     *
     * @param csv the report's text
     * @return the coverage of each class
     * @throws IllegalArgumentException if the text is not such a report
     */
    public static Coverage parseCsv(String csv) {
        List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an empty coverage report");
        }
        List<String> header = List.of(lines.get(0).strip().split(","));
        int name = column(header, "CLASS");
        int lineMissed = column(header, "LINE_MISSED");
        int lineCovered = column(header, "LINE_COVERED");
        int branchMissed = column(header, "BRANCH_MISSED");
        int branchCovered = column(header, "BRANCH_COVERED");
        List<ClassCoverage> classes = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.strip().split(",", -1);
            if (fields.length != header.size()) {
                throw new IllegalArgumentException("a coverage row with " + fields.length + " fields, not "
                        + header.size() + ": " + line);
            }
            try {
                long linesCovered = Long.parseLong(fields[lineCovered]);
                long branchesCovered = Long.parseLong(fields[branchCovered]);
                classes.add(new ClassCoverage(fields[name],
                        new Count(linesCovered, linesCovered + Long.parseLong(fields[lineMissed])),
                        new Count(branchesCovered, branchesCovered + Long.parseLong(fields[branchMissed]))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a coverage row with a count that is no number: " + line, e);
            }
        }
        return new Coverage(classes);
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("a coverage report without a " + name + " column: " + header);
        }
        return index;
    }
}
