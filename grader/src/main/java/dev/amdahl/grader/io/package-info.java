/**
 * Small file utilities shared by every stage: copying and removing folder trees without following links
 * ({@link dev.amdahl.grader.io.Folders}), the SHA-256 spelling results record ({@link dev.amdahl.grader.io.Hashes}),
 * and where output files go ({@link dev.amdahl.grader.io.OutputFiles}). Depends on nothing else of the grader.
 */
package dev.amdahl.grader.io;
