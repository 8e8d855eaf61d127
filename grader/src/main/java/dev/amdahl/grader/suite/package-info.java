/**
 * Scoring of a submitted test suite (the testing exercise): {@link dev.amdahl.grader.suite.SuiteScoring} turns which
 * planted bugs the suite caught, and how much of the program it ran
 * ({@link dev.amdahl.grader.suite.CoverageSummary}), into graded results with points. The sandbox runs are in
 * {@link dev.amdahl.grader.pipeline.SuiteRuns}; this package only decides.
 */
package dev.amdahl.grader.suite;
