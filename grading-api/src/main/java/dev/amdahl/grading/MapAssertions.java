package dev.amdahl.grading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two maps the way {@code assertEquals} does, but says only where they differ. Two word counts of a
 * thousand words that differ in two are printed whole by {@code assertEquals}, and a student hunts for the two by
 * eye; this names the two, and how many entries agree.
 */
public final class MapAssertions {

    /** How many differences a message lists; the rest are counted. */
    static final int LISTED = 8;

    private MapAssertions() {
    }

    /**
     * Passes when {@code expected.equals(actual)}, exactly as {@code assertEquals(expected, actual)} does; else fails
     * with {@code message}, then the keys that are missing, the keys that should not be there and the keys whose
     * values differ (at most {@value #LISTED}, then how many more), and how many entries are equal.
     */
    public static <K, V> void assertSameEntries(Map<K, V> expected, Map<K, V> actual, String message) {
        if (Objects.equals(expected, actual)) {
            return;
        }
        throw new AssertionError(join(message, differences(expected, actual)));
    }

    /** What tells {@code expected} and {@code actual} apart, as a sentence. */
    static <K, V> String differences(Map<K, V> expected, Map<K, V> actual) {
        if (expected == null || actual == null) {
            return expected == null ? "No map was expected, but there is one: " + actual + "."
                    : "The map is null; expected one with " + count(expected.size()) + ".";
        }
        Set<K> keys = new LinkedHashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        List<String> differences = new ArrayList<>();
        int equal = 0;
        for (K key : sorted(keys)) {
            boolean wanted = expected.containsKey(key);
            boolean there = actual.containsKey(key);
            if (wanted && !there) {
                differences.add(show(key) + " is missing (expected " + show(expected.get(key)) + ")");
            } else if (!wanted) {
                differences.add(show(key) + " should not be there (it is " + show(actual.get(key)) + ")");
            } else if (!Objects.equals(expected.get(key), actual.get(key))) {
                differences.add(show(key) + " is " + show(actual.get(key)) + ", expected "
                        + show(expected.get(key)));
            } else {
                equal++;
            }
        }
        if (differences.isEmpty()) {
            return "The maps are not equal, though every key has an equal value: expected " + expected + ", but was "
                    + actual + ".";
        }
        String listed = String.join("; ", differences.subList(0, Math.min(LISTED, differences.size())))
                + (differences.size() > LISTED ? "; and " + (differences.size() - LISTED) + " more" : "");
        return differences.size() + " of " + count(keys.size()) + " differ, " + equal + " are equal: " + listed + ".";
    }

    private static String join(String message, String differences) {
        if (message == null || message.isBlank()) {
            return differences;
        }
        String stripped = message.strip();
        return stripped + (stripped.endsWith(".") || stripped.endsWith(":") ? " " : ". ") + differences;
    }

    private static String count(int keys) {
        return keys == 1 ? "1 key" : keys + " keys";
    }

    /** Comparable keys in their order, so the same maps give the same message; others as they came. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <K> List<K> sorted(Set<K> keys) {
        List<K> list = new ArrayList<>(keys);
        if (list.stream().allMatch(k -> k instanceof Comparable) && list.stream().map(Object::getClass).distinct()
                .count() <= 1) {
            list.sort((a, b) -> ((Comparable) a).compareTo(b));
        }
        return list;
    }

    private static String show(Object value) {
        return value instanceof CharSequence text ? "\"" + text + "\"" : String.valueOf(value);
    }
}
