package dev.amdahl.grader.style;

/** What a course does with the findings of one style category. */
public enum Treatment {
    /** Not shown and not graded: the category is not part of this course. */
    OFF,
    /** Shown to the student, but worth no points: the default, so style never costs points unless asked to. */
    FEEDBACK,
    /** Shown, and each finding takes points from the category's budget. */
    GRADED
}
