/**
 * Feedback inside a student's own repository, after {@code mvn test} in GitHub Actions:
 * {@link dev.amdahl.grading.classroom.ClassroomFeedback} reads the template's plan ({@code plan.tsv}) and each
 * exercise's reported results, scores them within what the plan allows, and writes GitHub Classroom's runner JSON
 * ({@link dev.amdahl.grading.classroom.RunnerJson}, which the grader uses too) and the job summary
 * ({@link dev.amdahl.grading.classroom.FeedbackMarkdown}). These points are feedback; the grade comes from the
 * grader.
 */
package dev.amdahl.grading.classroom;
