package dev.amdahl.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeedupReportTest {

    /** Trials of 330 ms sequential and 180 ms parallel, give or take a few: a speedup of about 1.83 on 2 threads. */
    private static final SpeedupStatistics GOOD = SpeedupStatistics.of(
            new long[] {330_000_000, 325_000_000, 340_000_000, 331_000_000, 329_000_000},
            new long[] {180_000_000, 180_000_000, 186_000_000, 181_000_000, 179_000_000}, 2);

    @Test
    void summaryGivesMediansRangesSpeedupEfficiencyAndSerialFraction() {
        String summary = SpeedupReport.summary(GOOD, 2);
        String words = summary.replaceAll("\\s+", " ");

        assertTrue(summary.contains("the median of 5 trials"), summary);
        assertTrue(summary.contains("  your sequential version      330.0 ms  (325.0 ms to 340.0 ms)"), summary);
        assertTrue(summary.contains("  your parallel version        180.0 ms  (179.0 ms to 186.0 ms)"), summary);
        assertTrue(summary.contains("  speedup                          1.83  (1.81 to 1.84)"), summary);
        assertTrue(summary.contains("  efficiency                       91 %  the speedup over 2 threads"), summary);
        assertTrue(summary.contains("  serial fraction                   9 %  Amdahl's law: about 9 % of your program "
                + "still runs on one core"), summary);
        assertTrue(words.contains("These are this machine's numbers, not your grade. The grader times your parallel "
                + "version against the reference's sequential one, on its own machine"), summary);
        assertFalse(summary.contains("hardly faster"), summary);
        assertFalse(summary.contains("disagree"), summary);
    }

    @Test
    void summaryOfOneThreadNamesNoSerialFraction() {
        String summary = SpeedupReport.summary(SpeedupStatisticsTest.stats(1, 1), 2);

        assertTrue(summary.contains("with one thread there is nothing to share"), summary);
        assertFalse(summary.contains("still runs on one core"), summary);
    }

    @Test
    void hintsNameWhatStandsOut() {
        assertEquals("", SpeedupReport.hints(GOOD, 2));
        assertTrue(hints(0.5, 2, 2).contains("Your parallel version is slower than your sequential one."));
        assertTrue(hints(1.05, 2, 2).contains("Your parallel version is hardly faster, if at all."));
        assertTrue(hints(0.95, 2, 2).contains("Your parallel version is hardly faster, if at all."),
                "about 1 is no faster, rather than slower");
        assertTrue(hints(1, 2, 1).contains("Java may use only one core here"));
        assertTrue(hints(1.9, 4, 2).contains("You gave it 4 threads on 2 cores"));
        assertTrue(hints(2.5, 2, 2).contains("More than 2 times faster on 2 threads"));
        assertEquals("", SpeedupReport.hints(SpeedupStatisticsTest.stats(2.1, 2), 2), "within 10 % of linear");
        SpeedupStatistics noisy = SpeedupStatistics.of(new long[] {100, 200, 300, 400, 500},
                new long[] {100, 100, 100, 100, 100}, 8);
        assertTrue(SpeedupReport.hints(noisy, 8).replaceAll("\\s+", " ").contains("The trials disagree a lot "
                + "(speedups from 1.00 to 5.00)"));
    }

    @Test
    void paragraphsAreBrokenBetweenWords() {
        String text = "word ".repeat(50).strip();
        String paragraph = SpeedupReport.paragraph(text);
        String[] lines = paragraph.split(System.lineSeparator());

        assertEquals("", lines[0], "an empty line first");
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].length() <= SpeedupReport.WIDTH, lines[i]);
            assertFalse(lines[i].startsWith(" ") || lines[i].endsWith(" "), lines[i]);
        }
        assertEquals(text, paragraph.strip().replaceAll("\\s+", " "));
        assertTrue(paragraph.endsWith(System.lineSeparator()));
    }

    private static String hints(double speedup, int threads, int cores) {
        return SpeedupReport.hints(SpeedupStatisticsTest.stats(speedup, threads), cores).replaceAll("\\s+", " ");
    }

    @Test
    void headerSaysWhatIsTimedAndHow() {
        String header = SpeedupReport.header("counting primes", 3_000_000, 2, 2, 7, 2, 41)
                .replace(System.lineSeparator(), "\n");

        assertTrue(header.startsWith("Timing counting primes\n  on THIS machine: Java "), header);
        assertTrue(header.endsWith(", 2 cores\n  size 3,000,000, 2 threads, 7 trials (seeds 41 to 47), after 2 "
                + "warm-up runs of each side\n"), header);
        String oneOfEach = SpeedupReport.header("x", 10, 1, 1, 1, 1, 5).replace(System.lineSeparator(), "\n");
        assertTrue(oneOfEach.endsWith(", 1 core\n  size 10, 1 thread, 1 trials (seeds 5 to 5), after 1 warm-up run "
                + "of each side\n"), oneOfEach);
    }

    @Test
    void trialLineGivesBothTimesAndTheSpeedup() {
        assertEquals("  trial 3 of 7 (seed 43): sequential 1,234.5 ms, parallel 617.3 ms, speedup 2.00, answer "
                + "checked" + System.lineSeparator(), SpeedupReport.trial(3, 7, 43, 1_234_500_000L, 617_250_000L));
    }

    @Test
    void numbersAreWrittenTheSameEverywhere() {
        assertEquals("1,234.6 ms", SpeedupReport.millis(1234.56));
        assertEquals("0.3 ms", SpeedupReport.millis(0.25));
        assertEquals("93 %", SpeedupReport.percent(0.926));
    }
}
