/**
 * Small file utilities shared by every stage: copying and removing folder trees without following links
 * ({@link dev.amdahl.grader.io.Folders}), the SHA-256 of bytes, a file or a folder in the spelling results record
 * ({@link dev.amdahl.grader.io.Hashes}), writing a file whole or not at all ({@link dev.amdahl.grader.io.AtomicFile}),
 * and how output files are made readable ({@link dev.amdahl.grader.io.OutputFiles}). Depends on nothing else of the
 * grader.
 */
package dev.amdahl.grader.io;
