package dev.amdahl.grader.style;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Style's part of a grade: a budget of {@code possible} points that the student keeps unless findings take
 * them.
 *
 * @param earned     the points kept: {@code possible} less what the graded categories deducted
 * @param possible   the sum of the caps of the graded categories; 0 when no category is graded
 * @param categories each category's count and cost
 * @param shown      the findings the student sees: all but those of categories that are off
 */
public record StyleScore(double earned, double possible, Map<StyleCategory, CategoryScore> categories,
        List<StyleFinding> shown) {

    public StyleScore {
        Map<StyleCategory, CategoryScore> copy = new EnumMap<>(StyleCategory.class);
        copy.putAll(categories);
        categories = Collections.unmodifiableMap(copy);
        shown = List.copyOf(shown);
    }
}
