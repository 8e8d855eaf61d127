/**
 * The local feedback loop of an exercise in which the students write the tests (so far {@code testing}):
 * {@link dev.amdahl.grading.practice.PracticeRun}, run by {@code mvn test} after the student's tests, runs them
 * again against a few practice variants of the given program (bugs of other kinds than the graded planted bugs,
 * shipped with the exercise in its {@code practice/} folder) and prints which they catch, and the JaCoCo coverage
 * of the given program. It is feedback on a student's machine only: the grader runs and scores a suite its own way,
 * against planted bugs that never leave the instructor. Like the rest of the grading API, it needs only the JDK
 * (its compiler) and the JUnit Platform launcher.
 */
package dev.amdahl.grading.practice;
