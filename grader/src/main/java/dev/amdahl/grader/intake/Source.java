package dev.amdahl.grader.intake;

/** Where a submission's files come from, before they are copied, unpacked or cloned for grading. */
public sealed interface Source permits FolderSource, ArchiveSource, GitSource {

    /** A short description for a log or a report, e.g. {@code archive alice.zip}. */
    String describe();
}
