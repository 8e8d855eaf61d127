package dev.amdahl.grading;

/**
 * When a student may see a test's result. The points always count; visibility decides only what the
 * student's reports show.
 */
public enum Visibility {
    /** Name, points and message are shown at once. */
    VISIBLE,
    /** Name and points are shown; the message only once the due date has passed. */
    AFTER_DUE_DATE,
    /** Name and points are shown; the message only once the instructor releases it (hidden test suites). */
    AFTER_RELEASE,
    /** Not shown to the student at all; only the instructor's reports list it. */
    HIDDEN
}
