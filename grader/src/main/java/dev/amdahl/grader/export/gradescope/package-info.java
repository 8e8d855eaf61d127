/**
 * {@code amdahl export-gradescope}: the Gradescope autograder zip
 * ({@link dev.amdahl.grader.export.gradescope.GradescopeBundle}), which grades on Gradescope with
 * {@code amdahl grade --sandbox local}, and the staging of what Gradescope uploads into a gradeable folder
 * ({@link dev.amdahl.grader.export.gradescope.GradescopeSubmission}).
 */
package dev.amdahl.grader.export.gradescope;
