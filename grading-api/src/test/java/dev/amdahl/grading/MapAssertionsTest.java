package dev.amdahl.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MapAssertionsTest {

    @Test
    void equalMapsPassAsWithAssertEquals() {
        MapAssertions.assertSameEntries(Map.of("a", 1L, "b", 2L), new TreeMap<>(Map.of("b", 2L, "a", 1L)), "m");
        MapAssertions.assertSameEntries(Map.of(), new HashMap<String, Long>(), "m");
        MapAssertions.assertSameEntries(null, null, "m");
    }

    @Test
    void aFailureNamesOnlyTheEntriesThatDiffer() {
        Map<String, Long> expected = new HashMap<>();
        Map<String, Long> actual = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            expected.put("word" + i, (long) i);
            actual.put("word" + i, (long) i);
        }
        expected.put("cat", 2L);
        actual.put("dog", 1L);
        actual.put("word7", 8L);

        AssertionError failure = assertThrows(AssertionError.class,
                () -> MapAssertions.assertSameEntries(expected, actual, "countWords should count every word."));

        assertEquals("countWords should count every word. 3 of 1002 keys differ, 999 are equal: \"cat\" is missing "
                + "(expected 2); \"dog\" should not be there (it is 1); \"word7\" is 8, expected 7.",
                failure.getMessage());
        assertTrue(!failure.getMessage().contains("word500"), "the equal entries are not printed");
    }

    @Test
    void manyDifferencesAreCountedNotAllListed() {
        Map<Integer, String> expected = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            expected.put(i, "v");
        }
        String message = assertThrows(AssertionError.class,
                () -> MapAssertions.assertSameEntries(expected, Map.of(), "")).getMessage();

        assertTrue(message.startsWith("20 of 20 keys differ, 0 are equal: 0 is missing (expected \"v\"); "), message);
        assertTrue(message.endsWith("; and " + (20 - MapAssertions.LISTED) + " more."), message);
    }

    @Test
    void aMissingMapIsSaidSo() {
        String message = assertThrows(AssertionError.class,
                () -> MapAssertions.assertSameEntries(Map.of("a", 1), null, "combine should return a map")).getMessage();

        assertEquals("combine should return a map. The map is null; expected one with 1 key.", message);
    }
}
