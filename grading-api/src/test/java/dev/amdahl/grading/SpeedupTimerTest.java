package dev.amdahl.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The timer's command line, how it finds a case, and the shape of what it prints: no timed assertion. */
class SpeedupTimerTest {

    private static final ClassLoader LOADER = SpeedupTimerTest.class.getClassLoader();

    @Test
    void readsTheCaseAndItsOptions() {
        SpeedupTimer.Options options = SpeedupTimer.Options.parse(new String[] {"--package", "a.b",
            "PrimeCountingSpeedup", "--size", "1000", "--trials=9", "--threads", "3", "--seed", "-5"});

        assertEquals(new SpeedupTimer.Options("PrimeCountingSpeedup", "a.b", 1000, 9, 3, -5L, false), options);
    }

    @Test
    void readsOptionsThatMavenPassesAsOneWord() {
        SpeedupTimer.Options options = SpeedupTimer.Options.parse(new String[] {"  WordCountSpeedup --trials 3 ", ""});

        assertEquals("WordCountSpeedup", options.name());
        assertEquals(3, options.trials());
        assertEquals(0, options.size(), "0: the case's default size");
        assertEquals(0, options.threads(), "0: the case's default threads");
        assertNull(options.seed(), "null: a random seed");
    }

    @Test
    void refusesAWrongCommandLineWithAMessage() {
        assertEquals("--trials needs a number from 1 to 2147483647, not 0.", refused("X", "--trials", "0"));
        assertEquals("--size needs a whole number, not \"many\".", refused("X", "--size", "many"));
        assertEquals("--threads needs a value.", refused("X", "--threads"));
        assertEquals("Unknown option --fast.", refused("X", "--fast"));
        assertEquals("Only one case at a time: X or Y?", refused("X", "Y"));
    }

    @Test
    void findsACaseByItsSimpleOrFullName() {
        assertInstanceOf(SummingSpeedup.class, SpeedupTimer.findCase("SummingSpeedup", "dev.amdahl.grading", LOADER));
        assertInstanceOf(SummingSpeedup.class, SpeedupTimer.findCase(SummingSpeedup.class.getName(), "", LOADER));
    }

    @Test
    void namesTheCasesThereAreWhenTheNameIsWrong() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> SpeedupTimer.findCase("PrimeCountingSpeedup", "dev.amdahl.grading", LOADER));
        assertEquals("There is no class dev.amdahl.grading.PrimeCountingSpeedup. This exercise declares: "
                + "SummingSpeedup.", missing.getMessage());

        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> SpeedupTimer.findCase("", "dev.amdahl.grading", LOADER));
        assertEquals("Which case? This exercise declares: SummingSpeedup.", none.getMessage());

        IllegalArgumentException notACase = assertThrows(IllegalArgumentException.class,
                () -> SpeedupTimer.findCase("Points", "dev.amdahl.grading", LOADER));
        assertTrue(notACase.getMessage().startsWith("dev.amdahl.grading.Points is not a SpeedupCase."));

        assertEquals(List.of(), SpeedupTimer.listCases("org.junit.jupiter.api", LOADER), "no case in a jar's package");
    }

    @Test
    void timesATinyCaseAndPrintsEveryTrialAndTheSummary() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = SpeedupTimer.run(new String[] {"--package", "dev.amdahl.grading", "SummingSpeedup", "--size", "1000",
            "--trials", "3", "--threads", "2", "--seed", "10"}, LOADER, new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertEquals(0, code, out);
        assertTrue(out.startsWith("Timing summing numbers" + System.lineSeparator()), out);
        assertTrue(out.contains("size 1,000, 2 threads, 3 trials (seeds 10 to 12), after 2 warm-up runs"), out);
        for (int trial = 1; trial <= 3; trial++) {
            Pattern line = Pattern.compile("  trial " + trial + " of 3 \\(seed " + (9 + trial) + "\\): sequential "
                    + "[\\d,.]+ ms, parallel [\\d,.]+ ms, speedup [\\d.]+, answer checked");
            assertTrue(line.matcher(out).find(), "trial " + trial + " in:\n" + out);
        }
        for (String label : List.of("your sequential version", "your parallel version", "speedup", "efficiency",
                "serial fraction", "These are this machine's numbers, not your grade.")) {
            assertTrue(out.contains(label), label + " in:\n" + out);
        }
    }

    @Test
    void aWrongParallelAnswerStopsTheTiming() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpeedupTimer.Options options = new SpeedupTimer.Options("", "", 100, 3, 2, 20L, false);

        int code = SpeedupTimer.time(new SummingSpeedup() {
            @Override
            public Long parallel(long[] values, int threads) {
                return sequential(values) + 1;
            }
        }, options, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertEquals(1, code, out);
        assertTrue(out.replaceAll("\\s+", " ").contains("Your parallel version gave a wrong answer for seed 18: the "
                + "timing is meaningless until it is right."), out);
        assertTrue(!out.contains("trial 1"), "nothing is timed after a wrong answer:\n" + out);
    }

    @Test
    void aMethodStillToWriteIsNamed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpeedupTimer.Options options = new SpeedupTimer.Options("", "", 100, 3, 2, 20L, false);

        int code = SpeedupTimer.time(new SummingSpeedup() {
            @Override
            public Long parallel(long[] values, int threads) {
                throw new UnsupportedOperationException("TODO: implement Summing.parallel (see the exercise README)");
            }
        }, options, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertEquals(1, code, out);
        assertTrue(out.contains("Your parallel version is not written yet: TODO: implement Summing.parallel"), out);
        assertTrue(!out.contains("at dev.amdahl"), "no stack trace for a TODO:\n" + out);
    }

    @Test
    void aBadCommandLineExitsWithTwoAndTheUsage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = SpeedupTimer.run(new String[] {"--package", "dev.amdahl.grading"}, LOADER,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertEquals(2, code, out);
        assertTrue(out.startsWith("Which case? This exercise declares: SummingSpeedup."), out);
        assertTrue(out.contains("Usage: SpeedupTimer CASE"), out);
    }

    private static String refused(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> SpeedupTimer.Options.parse(args)).getMessage();
    }
}
