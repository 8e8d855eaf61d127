package dev.amdahl.grader.style;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a style finding is about, in the words a student reads. A course's policy grades, shows or hides whole
 * categories, so an instructor decides about five things instead of fifty checks.
 */
public enum StyleCategory {
    NAMING("Naming", "naming"),
    FORMATTING("Formatting", "formatting"),
    COMPLEXITY("Complexity", "complexity"),
    DOCUMENTATION("Documentation", "documentation"),
    LIKELY_BUGS("Likely bugs", "likely-bugs");

    private final String label;
    private final String key;

    StyleCategory(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** The name a student sees, e.g. "Likely bugs". */
    public String label() {
        return label;
    }

    /** The name in a course's settings, e.g. {@code likely-bugs} in {@code style.likely-bugs = graded}. */
    public String key() {
        return key;
    }

    /** The category with this settings key, if any. */
    public static Optional<StyleCategory> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
