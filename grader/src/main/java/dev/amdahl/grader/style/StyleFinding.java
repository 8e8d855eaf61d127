package dev.amdahl.grader.style;

import java.util.Objects;

/**
 * One thing Checkstyle found in a student's source.
 *
 * @param file     the file, relative to the source root that was checked, with '/' between folders
 * @param line     its line, from 1; 0 when the finding is about the whole file
 * @param column   its column, from 1 (tabs expanded as Checkstyle does); 0 when unknown
 * @param category what it is about, for the student and for the policy
 * @param check    the check that found it (e.g. {@code MethodName}), or {@link CheckCategories#PARSE_ERROR}
 * @param message  Checkstyle's message, in English
 */
public record StyleFinding(String file, int line, int column, StyleCategory category, String check,
        String message) {

    public StyleFinding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be 0 or more, not " + line + ":" + column);
        }
    }
}
