package dev.amdahl.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the table keeps of a long failure message: what failed, and what to do about it. */
class PointsTableTest {

    /** The threadpools message for a pool left alive after a failure, with eight threads named, as a student saw it. */
    private static final String POOL_ALIVE = "2 s after parallelMap threw, the threads of its pool are still alive: "
            + "[\"pool-3-thread-1\" (WAITING), \"pool-3-thread-2\" (WAITING), \"pool-3-thread-3\" (WAITING), "
            + "\"pool-3-thread-4\" (WAITING), \"pool-3-thread-5\" (WAITING), \"pool-3-thread-6\" (WAITING), "
            + "\"pool-3-thread-7\" (WAITING), \"pool-3-thread-8\" (WAITING)]. When a task fails, parallelMap leaves "
            + "by an exception: shut the pool down in a finally block, or create it in a try-with-resources "
            + "statement, so that it is shut down on every way out.";

    /**
     * The mapreduce message for a tiled pixel near a tile's edge whose halo was right and whose additions were in
     * another order (before issue 24 it gave both hints, the halo's first), with JUnit's array detail after it.
     */
    private static final String HALO_THEN_ORDER = "convolveTiled(64 × 48 image, box3, 16, 2) should equal convolve "
            + "(split, apply, combine): pixel (15, 3) differs: expected 127.12345678901234, got 127.12345678901235. "
            + "Tiles need a halo of kernel.size()/2 = 1 rows and columns on every side, filled the same way as the "
            + "image's border (clamp to edge), so that a pixel near a tile's edge sees the same neighbours as in the "
            + "whole image. Compute each pixel exactly as convolve does: the same products, added in the same order "
            + "(kernel rows top to bottom, each row left to right, from 0.0), so that the result is equal bit for "
            + "bit; convolving the tile with its halo by convolve itself does that. ==> array contents differ at "
            + "index [207], expected: <127.12345678901234> but was: <127.12345678901235>";

    @Test
    void aLongMessageKeepsWhatFailedAndTheFixItEndsWith() {
        String shown = PointsTable.preview(POOL_ALIVE);

        assertTrue(shown.length() <= PointsTable.MESSAGE_PREVIEW_CHARS, shown);
        assertTrue(shown.startsWith("2 s after parallelMap threw"), shown);
        assertTrue(shown.endsWith("When a task fails, parallelMap leaves by an exception: shut the pool down in a "
                + "finally block, or create it in a try-with-resources statement, so that it is shut down on every "
                + "way out."), shown);
        assertTrue(shown.contains(StudentText.GAP), "the cut is marked where it is: " + shown);
    }

    @Test
    void theLastHintIsKeptAndJUnitsDetailGoesFirst() {
        String shown = PointsTable.preview(HALO_THEN_ORDER);

        assertTrue(shown.length() <= PointsTable.MESSAGE_PREVIEW_CHARS, shown);
        assertTrue(shown.startsWith("convolveTiled(64 × 48 image"), shown);
        assertTrue(shown.contains("convolving the tile with its halo by convolve itself does that."), shown);
        assertTrue(shown.contains("the same products, added in the same order"), shown);
        assertTrue(!shown.contains("array contents differ"), shown);
    }

    /** An ArchUnit rule's message as the mapreduce skeleton gives it: the rule and its advice, then the violations. */
    private static final String RULE_VIOLATED = "Architecture Violation [Priority: MEDIUM] - Rule 'classes that have "
            + "simple name 'ParallelReduce' should depend on classes that are assignable to "
            + "java.util.concurrent.ForkJoinTask, because ParallelReduce reduces with a RecursiveTask (a ForkJoinTask) "
            + "on a ForkJoinPool: the left half is forked, so that another thread can take it, while this one "
            + "computes the right half' was violated (2 times):\n"
            + "Method <dev.amdahl.exercises.mapreduce.ParallelReduce.reduce(java.util.List, java.lang.Object, "
            + "java.util.function.BinaryOperator)> has parameter of type <java.util.function.BinaryOperator> in "
            + "(ParallelReduce.java:0)\n"
            + "Constructor <dev.amdahl.exercises.mapreduce.ParallelReduce.<init>()> calls constructor "
            + "<java.lang.Object.<init>()> in (ParallelReduce.java:19)";

    @Test
    void aRuleKeepsItsReasonAndLosesItsListOfViolations() {
        String shown = PointsTable.preview(RULE_VIOLATED);

        assertTrue(shown.length() <= PointsTable.MESSAGE_PREVIEW_CHARS, shown);
        assertTrue(shown.startsWith("Rule 'classes that have simple name 'ParallelReduce'"), shown);
        assertTrue(shown.contains("while this one computes the right half' was violated (2 times):"), shown);
    }

    @Test
    void shortMessagesAndTheirLinesStayWhole() {
        assertEquals("expected 3 but was 4", PointsTable.preview("expected 3 but was 4"));
        assertEquals("first line second line", PointsTable.preview("first line\n  second line\n"));
        String detail = "countWords([a b]) should count each word ==> expected: <{a=1, b=1}> but was: <{a=1}>";
        assertEquals(detail, PointsTable.preview(detail), "JUnit's detail stays when there is room for it");
    }

    @Test
    void aMessageWithoutSentencesLosesItsMiddle() {
        String words = "word ".repeat(200).strip();
        String shown = PointsTable.preview(words);

        assertTrue(shown.length() <= PointsTable.MESSAGE_PREVIEW_CHARS, shown);
        assertTrue(shown.startsWith("word word") && shown.endsWith("word word") && shown.contains(StudentText.GAP),
                shown);
    }

    @Test
    void theSeedComesWithTheCommandThatRunsTheSameInputsAgain() {
        assertEquals("  Random inputs were drawn with seed -42. To run the tests again on the same inputs:\n"
                + "    ./mvnw test -pl exercises/mapreduce -am -Damdahl.seed=-42\n",
                PointsTable.rerun(-42, "exercises/mapreduce").replace(System.lineSeparator(), "\n"));
        assertTrue(PointsTable.rerun(7, "").contains("./mvnw test -Damdahl.seed=7"), "without a module, every one");
    }

    /** A graded test that draws random inputs, as the exercises' tests do. */
    static class DrawsInputs {
        @Test
        @Points(1)
        void draws() {
            Seed.random().nextInt();
        }
    }

    @Test
    void theListenerPrintsTheSeedOfARunThatDrewInputs(@TempDir Path folder) {
        String table = ListenerRuns.run(folder.resolve("results.tsv"), DrawsInputs.class);

        assertTrue(table.contains("Random inputs were drawn with seed " + Seed.value() + "."), table);
        assertTrue(table.contains(" -D" + Seed.PROPERTY + "=" + Seed.value() + System.lineSeparator()), table);
    }

    @Test
    void theTableShowsTheCutMessage() {
        PlannedTest test = new PlannedTest("id", "C", "m", "parallelMap leaves no thread alive", 2);
        String table = PointsTable.render("t", List.of(new GradedResult(test, Outcome.FAILED, POOL_ALIVE, 0)));

        assertTrue(table.contains("so that it is shut down on every way out."), table);
    }
}
