/**
 * Staging, the first step of grading one exercise: {@link dev.amdahl.grader.submission.SubmissionStager} takes only
 * the student's {@code src/main/java} (or, for a test-writing exercise, their tests) from a submission, within size
 * limits and never through a link, puts the instructor's own tests beside it, and hands the sandbox a
 * {@link dev.amdahl.grader.submission.StagedExercise}. Everything it leaves out becomes notes for the student
 * ({@link dev.amdahl.grader.submission.IgnoredFiles}).
 */
package dev.amdahl.grader.submission;
