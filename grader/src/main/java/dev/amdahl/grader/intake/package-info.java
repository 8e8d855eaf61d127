/**
 * Intake for {@code amdahl batch}: finds the submissions in what the instructor gives
 * ({@link dev.amdahl.grader.intake.BatchInput}: folders, LMS archives, a list of git repositories), reads the
 * student ids from the LMS's names ({@link dev.amdahl.grader.intake.StudentIds}) into one
 * {@link dev.amdahl.grader.intake.Registration} per submission, and puts each submission on disk under limits
 * ({@link dev.amdahl.grader.intake.Materializer}, with {@link dev.amdahl.grader.intake.ArchiveUnpacker},
 * {@link dev.amdahl.grader.intake.FolderCopier} and {@link dev.amdahl.grader.intake.GitFetcher}), treating every
 * archive and repository as hostile. Git deadlines are checked against a {@link dev.amdahl.grader.intake.FetchLog},
 * which the gradebook keeps; intake never depends on the gradebook.
 */
package dev.amdahl.grader.intake;
