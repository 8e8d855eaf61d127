/**
 * {@code amdahl export-template}: the repository students start from
 * ({@link dev.amdahl.grader.export.TemplateExport}): what {@link dev.amdahl.grader.export.StudentCopy} copies, a
 * GitHub Classroom workflow ({@link dev.amdahl.grader.export.ClassroomWorkflow}), a manifest of hashes, and the
 * leak check ({@link dev.amdahl.grader.export.LeakCheck}) that stops the export if any instructor-only code reached
 * it. Runs before any grading, and grades nothing.
 */
package dev.amdahl.grader.export;
