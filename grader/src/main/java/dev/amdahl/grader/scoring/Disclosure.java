package dev.amdahl.grader.scoring;

import dev.amdahl.grading.Visibility;

/**
 * What a student may see of a grade at the time it is written. Points always count; this decides only
 * whether a test's name and message appear in the student's reports.
 *
 * @param pastDue        the due date has passed (tests visible after the due date show their messages)
 * @param hiddenReleased the instructor released the hidden tests' messages
 */
public record Disclosure(boolean pastDue, boolean hiddenReleased) {

    /** What a report shows before the due date: only the visible tests' messages. */
    public static Disclosure beforeDueDate() {
        return new Disclosure(false, false);
    }

    /** Whether a student sees the test at all (its name and points). */
    public boolean listed(Visibility visibility) {
        return visibility != Visibility.HIDDEN;
    }

    /** Whether a student sees why a test failed. */
    public boolean showsMessage(Visibility visibility) {
        return switch (visibility) {
            case VISIBLE -> true;
            case AFTER_DUE_DATE -> pastDue;
            case AFTER_RELEASE -> hiddenReleased;
            case HIDDEN -> false;
        };
    }

    /** What a student reads instead of a message they may not see yet. */
    public static String withheld(Visibility visibility) {
        return switch (visibility) {
            case AFTER_DUE_DATE -> "(details are shown after the due date)";
            case AFTER_RELEASE -> "(details are shown once your instructor releases them)";
            default -> "";
        };
    }
}
