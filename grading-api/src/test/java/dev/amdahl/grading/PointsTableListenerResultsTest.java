package dev.amdahl.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.classroom.ReportedResult;
import dev.amdahl.grading.classroom.ResultsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointsTableListenerResultsTest {

    /** Not run by Surefire itself (a nested class); run through {@link ListenerRuns}. */
    static class Fixture {
        @Test
        @Points(2)
        void passes() {
        }

        @Test
        @Points(3)
        @DisplayName("a | b <b>")
        void fails() {
            Assertions.fail("line one\nline\ttwo \\ end");
        }

        @Test
        @Points(value = 1, extraCredit = true)
        void bonus() {
        }

        @Test
        void carriesNoPoints() {
        }
    }

    @Points(10)
    static class Group {
        @Test
        void first() {
        }

        @Test
        void second() {
        }

        @Test
        void third() {
            throw new IllegalStateException("third");
        }
    }

    static class NoPoints {
        @Test
        void nothing() {
        }
    }

    @Test
    void writesOneLinePerGradedUnit(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("target/amdahl/results.tsv");
        ListenerRuns.run(file, Fixture.class, Group.class);

        assertEquals(ResultsFile.HEADER, Files.readAllLines(file).get(0));
        ResultsFile.Contents contents = ResultsFile.read(file);
        assertEquals(0, contents.garbledLines());
        Map<String, ReportedResult> byId = contents.results().stream()
                .collect(Collectors.toMap(r -> r.uniqueId().replaceAll(".*\\[method:(\\w+).*", "$1"),
                        Function.identity()));
        assertEquals(7, byId.size(), byId.keySet().toString());
        assertEquals(new ReportedResult(byId.get("passes").uniqueId(), Outcome.PASSED, 2, 2, false,
                byId.get("passes").durationMillis(), "passes()", ""), byId.get("passes"));
        ReportedResult fails = byId.get("fails");
        assertEquals(Outcome.FAILED, fails.outcome());
        assertEquals(0, fails.counted());
        assertEquals(3, fails.points());
        assertEquals("a | b <b>", fails.displayName());
        assertEquals("line one\nline\ttwo \\ end", fails.message());
        assertTrue(byId.get("bonus").extraCredit());
        assertEquals(1, byId.get("bonus").counted());
        assertEquals(0, byId.get("carriesNoPoints").points());
        assertEquals(10.0 / 3, byId.get("first").counted(), "the group's share, unrounded");
        assertEquals(0, byId.get("third").counted());
        assertTrue(contents.results().get(0).uniqueId().startsWith("[engine:junit-jupiter]/[class:"));
    }

    @Test
    void printsTheSameTableAsBefore(@TempDir Path folder) {
        String table = ListenerRuns.run(folder.resolve("results.tsv"), Fixture.class);

        List<PlannedTest> planned = ListenerRuns.discover(Fixture.class);
        assertTrue(table.startsWith("\nPoints\n  PASSED    2 / 2  passes()\n"), table);
        assertTrue(table.endsWith("  TOTAL     3 / 5\n"), table);
        assertEquals(4, planned.size());
    }

    @Test
    void replacesAnOldFileAndLeavesNoneWhenNoTestCarriesPoints(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("results.tsv");
        Files.writeString(file, "stale from an earlier run\n");

        ListenerRuns.run(file, Fixture.class);
        assertEquals(4, ResultsFile.read(file).results().size());

        ListenerRuns.run(file, NoPoints.class);
        assertFalse(Files.exists(file), "a run without points leaves no results behind");
    }

    @Test
    void writesWhereTheSystemPropertySays(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("elsewhere/results.tsv");
        String before = System.getProperty(PointsTableListener.RESULTS_FILE_PROPERTY);
        System.setProperty(PointsTableListener.RESULTS_FILE_PROPERTY, file.toString());
        try {
            ListenerRuns.run(null, Fixture.class);
        } finally {
            if (before == null) {
                System.clearProperty(PointsTableListener.RESULTS_FILE_PROPERTY);
            } else {
                System.setProperty(PointsTableListener.RESULTS_FILE_PROPERTY, before);
            }
        }
        assertEquals(4, ResultsFile.read(file).results().size());
    }

    @Test
    void aFileThatCannotBeWrittenDoesNotStopTheTable(@TempDir Path folder) throws Exception {
        Path blocker = folder.resolve("blocker");
        Files.writeString(blocker, "a file where a folder should be");

        String table = ListenerRuns.run(blocker.resolve("results.tsv"), Fixture.class);

        assertTrue(table.contains("TOTAL     3 / 5"), table);
    }
}
