/**
 * The grading API, shipped to students and used by the grader alike: {@link dev.amdahl.grading.Points} (what a test
 * is worth) and {@link dev.amdahl.grading.Rubric} that reads it, the per-test verdicts
 * ({@link dev.amdahl.grading.TestLedger}, {@link dev.amdahl.grading.GradedResult}), the one way points add up
 * ({@link dev.amdahl.grading.Scores}), repeatable random inputs ({@link dev.amdahl.grading.Seed}), the points table
 * after {@code mvn test}, and the speedup case, timer and statistics shared by a student's machine and the timing
 * lane, and the one sanitiser of student text ({@link dev.amdahl.grading.StudentText}). It depends on JUnit's
 * platform only, never on the grader.
 */
package dev.amdahl.grading;
