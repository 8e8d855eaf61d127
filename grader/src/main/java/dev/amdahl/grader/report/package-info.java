/**
 * One submission's grade written for its readers, all from the same {@link dev.amdahl.grader.scoring.GradeReport}:
 * the console ({@link dev.amdahl.grader.report.ConsoleReport}) and the {@code --format} files listed in
 * {@link dev.amdahl.grader.report.ReportFormat} (JSON, Gradescope, GitHub Classroom, JUnit XML, Markdown, HTML,
 * SARIF), written by {@link dev.amdahl.grader.report.Reports}. Student text is made printable and cut by
 * {@link dev.amdahl.grading.StudentText} and escaped for each format by {@code Text} here, and
 * hidden tests are shown as the {@link dev.amdahl.grader.report.StudentView} allows.
 */
package dev.amdahl.grader.report;
