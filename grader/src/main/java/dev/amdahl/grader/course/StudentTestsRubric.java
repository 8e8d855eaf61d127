package dev.amdahl.grader.course;

/**
 * How an exercise whose submission is a test suite is graded ({@code kind = student-tests} in its rubric):
 * the suite's coverage of the program, and the planted bugs it catches.
 *
 * @param lineCoverage             points by the share of the program's lines the suite runs
 * @param branchCoverage           points by the share of its branches
 * @param coverageRequiresCaughtBug whether coverage counts only for a suite that catches at least one planted bug,
 *                                 so that running code without checking it earns nothing
 * @param pointsPerBug             the points for each planted bug the suite catches
 */
public record StudentTestsRubric(Thresholds lineCoverage, Thresholds branchCoverage, boolean coverageRequiresCaughtBug,
        double pointsPerBug) {

    public StudentTestsRubric {
        java.util.Objects.requireNonNull(lineCoverage, "lineCoverage must not be null");
        java.util.Objects.requireNonNull(branchCoverage, "branchCoverage must not be null");
        if (!(pointsPerBug >= 0)) {
            throw new IllegalArgumentException("planted-bugs.points-each must be 0 or more, not " + pointsPerBug);
        }
    }
}
