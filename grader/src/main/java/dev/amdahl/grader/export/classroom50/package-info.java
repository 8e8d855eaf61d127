/**
 * {@code amdahl export-classroom50}: what an instructor commits to a Classroom 50 configuration repository so that
 * each submission is graded on GitHub with the instructor's tests ({@link
 * dev.amdahl.grader.export.classroom50.Classroom50Export}): the assignment's {@code autograder.py} and the course
 * material beside it, the grader's jar to publish, the assignment's runtime, and the student template.
 */
package dev.amdahl.grader.export.classroom50;
