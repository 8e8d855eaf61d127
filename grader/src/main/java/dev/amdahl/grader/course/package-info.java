/**
 * The instructor's course as the grader reads it, before anything is graded: the course folder
 * ({@link dev.amdahl.grader.course.Course}), its exercises ({@link dev.amdahl.grader.course.Exercise}) with their
 * {@code sandbox.properties} limits and allowlist ({@link dev.amdahl.grader.course.ExerciseSettings}), their
 * {@code rubric.properties} (structure, style, speedup and student-tests rules, in
 * {@link dev.amdahl.grader.course.ExerciseRubric}) and their planted bugs. Read-only configuration that every later
 * stage consults; it depends on nothing of the pipeline but {@code style} and {@code io}.
 */
package dev.amdahl.grader.course;
