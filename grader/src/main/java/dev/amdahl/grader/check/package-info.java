/**
 * {@code amdahl check}: {@link dev.amdahl.grader.check.CourseCheck} verifies, through the same sandbox and scoring
 * that grade students, that an exercise is ready to hand out (its rubric adds up, every test with points fails on
 * the untouched skeleton, the reference solution earns full marks).
 */
package dev.amdahl.grader.check;
