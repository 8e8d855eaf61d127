package dev.amdahl.grader.suite;

import java.util.Locale;

/**
 * How much of the program a suite ran, as JaCoCo counts it.
 *
 * @param linesCovered    lines with at least one instruction run
 * @param linesTotal      lines with code
 * @param branchesCovered branches taken
 * @param branchesTotal   branches
 */
public record CoverageSummary(int linesCovered, int linesTotal, int branchesCovered, int branchesTotal) {

    public CoverageSummary {
        if (linesCovered < 0 || linesCovered > linesTotal || branchesCovered < 0 || branchesCovered > branchesTotal) {
            throw new IllegalArgumentException("covered must be between 0 and the total");
        }
    }

    /** The share of lines run, in percent; 100 for a program without lines. */
    public double linePercent() {
        return percent(linesCovered, linesTotal);
    }

    /** The share of branches taken, in percent; 100 for a program without branches. */
    public double branchPercent() {
        return percent(branchesCovered, branchesTotal);
    }

    static double percent(int covered, int total) {
        return total == 0 ? 100 : 100.0 * covered / total;
    }

    /** "87.5 % (35 of 40)". */
    static String describe(int covered, int total) {
        return String.format(Locale.ROOT, "%.1f %% (%d of %d)", percent(covered, total), covered, total);
    }
}
