package dev.amdahl.exercises.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Lecture: "Let's multiply all these durations by a billion". The expected answers follow the rule in
 * HumanTime's class comment; where the lecture's own list says something else, the message says so.
 */
@DisplayName("HumanTime turns the latency table into human time")
@Order(1)
class HumanTimeTest {

    /**
     * humanSeconds multiplies by 10⁻⁹ (nanoseconds to seconds) and by 10⁹ (to human time): two roundings, each
     * at most ε/2 ≈ 1.1·10⁻¹⁶ of the value. 10⁻¹² of the value leaves room for any way of writing it, and is
     * still far smaller than any mistake in the scale (a factor of 10 or more).
     */
    private static final double RELATIVE_TOLERANCE = 1e-12;

    @Test
    @Points(1)
    @DisplayName("humanSeconds turns n nanoseconds into n seconds: every duration times a billion")
    @Order(1)
    void humanSecondsMultipliesByABillion() {
        Random random = Seed.random();
        for (int i = 0; i < 20; i++) {
            double nanoseconds = random.nextDouble() * Math.pow(10, random.nextInt(10));
            assertEquals(nanoseconds, HumanTime.humanSeconds(nanoseconds), RELATIVE_TOLERANCE * nanoseconds,
                    "humanSeconds(" + nanoseconds + ") should be " + nanoseconds + " s: a nanosecond is 10⁻⁹ s, "
                            + "and human time multiplies it by 10⁹ (lecture: multiply all these durations by a "
                            + "billion).");
        }
        for (Latency row : LatencyTable.LECTURE) {
            assertEquals(row.nanoseconds(), HumanTime.humanSeconds(row.nanoseconds()),
                    RELATIVE_TOLERANCE * row.nanoseconds(), row.event() + " takes " + row.nanoseconds()
                            + " ns, so " + row.nanoseconds() + " s in human time.");
        }
        assertEquals(0, HumanTime.humanSeconds(0), "0 ns is 0 s.");
    }

    @Test
    @Points(3)
    @DisplayName("format writes a duration in the largest unit in which it is at least 1")
    @Order(2)
    void formatChoosesTheLargestUnit() {
        Map<Double, String> cases = new LinkedHashMap<>();
        cases.put(0.0, "0 s");
        cases.put(59.9, "59.9 s");
        cases.put(60.0, "1 min");
        cases.put(3_599.0, "60 min");
        cases.put(3_600.0, "1 hr");
        cases.put(86_400.0, "1 day");
        cases.put(6.99 * 86_400, "7 days");
        cases.put(7 * 86_400.0, "1 week");
        cases.put(30 * 86_400.0, "4.3 weeks");
        cases.put(365.25 * 86_400 / 12, "1 month");
        cases.put(365 * 86_400.0, "12 months");
        cases.put(365.25 * 86_400, "1 year");
        cases.put(1_000 * 365.25 * 86_400, "1000 years");
        for (Map.Entry<Double, String> entry : cases.entrySet()) {
            double seconds = entry.getKey();
            String expected = entry.getValue();
            String unit = expected.substring(expected.indexOf(' ') + 1);
            assertEquals(expected, HumanTime.format(seconds), "format(" + seconds + ") should be \"" + expected
                    + "\": the largest unit in which " + seconds + " s is at least 1 is " + unit + ". The unit is "
                    + "chosen before rounding (3,599 s is 59.98 min, written \"60 min\"); a month is 365.25 / 12 "
                    + "= 30.4375 days and a year 365.25 days.");
            assertEquals(expected.endsWith(" s") ? HumanUnit.SECOND : unitNamed(unit), HumanTime.unitFor(seconds),
                    "unitFor(" + seconds + ") should be the unit format writes: " + unit + ".");
        }
    }

    @Test
    @Points(2)
    @DisplayName("format rounds to one decimal, leaves out a trailing .0, and says \"1 day\" but \"2 days\"")
    @Order(3)
    void formatRoundsToOneDecimal() {
        Map<Double, String> cases = new LinkedHashMap<>();
        cases.put(0.5, "0.5 s");
        cases.put(7.0, "7 s");
        cases.put(100.0, "1.7 min");
        cases.put(61.0, "1 min");
        cases.put(63.0, "1.1 min");
        cases.put(1.04 * 86_400, "1 day");
        cases.put(1.06 * 86_400, "1.1 days");
        cases.put(45 * 86_400.0, "1.5 months");
        cases.put(12.34 * 365.25 * 86_400, "12.3 years");
        for (Map.Entry<Double, String> entry : cases.entrySet()) {
            assertEquals(entry.getValue(), HumanTime.format(entry.getKey()), "format(" + entry.getKey()
                    + ") should be \"" + entry.getValue() + "\": one decimal, rounded (halves up), without a "
                    + "trailing .0, and the unit's singular only after exactly 1.");
        }
        Random random = Seed.random();
        HumanUnit[] units = HumanUnit.values();
        for (int i = 0; i < 30; i++) {
            int u = random.nextInt(units.length);
            double most = u + 1 < units.length ? units[u + 1].seconds() / units[u].seconds() : 1_000;
            int tenths = 10 + random.nextInt((int) Math.floor(most * 10) - 10);
            double offset = (random.nextDouble() - 0.5) * 0.08;
            double inUnit = Math.max(1, tenths / 10.0 + offset);
            if (inUnit >= most) {
                continue;
            }
            String number = new BigDecimal(tenths).movePointLeft(1).stripTrailingZeros().toPlainString();
            String expected = number + " " + units[u].after(number);
            double seconds = inUnit * units[u].seconds();
            assertEquals(expected, HumanTime.format(seconds), "format(" + seconds + ") is " + inUnit + " "
                    + units[u].after("2") + ", so it should be \"" + expected + "\".");
        }
    }

    @Test
    @Points(2)
    @DisplayName("every row of the lecture's table, in human time by the rule")
    @Order(4)
    void lectureRowsInHumanTime() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("L1 cache reference", "0.5 s");
        expected.put("L2 cache reference", "7 s");
        expected.put("Main memory reference", "1.7 min (the lecture keeps seconds: 100 s)");
        expected.put("Compress 1K bytes with Zippy", "50 min");
        expected.put("Send 1K bytes over 1 Gbps network", "2.8 hr (the lecture's list has \"Send 2K bytes\", "
                + "5.5 hr; the table sends 1K in 10,000 ns)");
        expected.put("Read 4K randomly from SSD", "1.7 days");
        expected.put("Read 1 MB sequentially from memory", "2.9 days");
        expected.put("Round trip within same datacenter", "5.8 days");
        expected.put("Read 1 MB sequentially from SSD", "1.7 weeks (the lecture keeps days: 11.6 days)");
        expected.put("Disk seek", "3.8 months (the lecture says 16.5 weeks)");
        expected.put("Read 1 MB sequentially from disk", "7.6 months (the lecture says 7.8 months; 2·10⁷ s is "
                + "231.5 days, 7.6 months of 30.4375 days)");
        expected.put("Send packet CA → Netherlands → CA", "4.8 years");
        assertEquals(expected.size(), LatencyTable.LECTURE.size(), "LatencyTable.LECTURE is given: leave its "
                + "rows as they are.");
        for (Latency row : LatencyTable.LECTURE) {
            String answer = expected.get(row.event());
            String written = answer.contains(" (") ? answer.substring(0, answer.indexOf(" (")) : answer;
            assertEquals(written, HumanTime.humanTime(row), row.event() + " takes " + row.nanoseconds() + " ns: "
                    + "in human time, by the rule, " + answer + ".");
        }
    }

    @Test
    @Points(1)
    @DisplayName("\"The above 2 together\": a disk seek, then reading 1 MB from disk, is 11.4 months")
    @Order(5)
    void diskSeekAndReadTogether() {
        Latency together = LatencyTable.find("Disk seek").then(LatencyTable.find("Read 1 MB sequentially from disk"));

        assertEquals("11.4 months", HumanTime.humanTime(together), "A disk seek (10⁷ ns) and reading 1 MB from "
                + "disk (2·10⁷ ns) take 3·10⁷ ns, 3·10⁷ s in human time: 347 days, 11.4 months of 30.4375 days. "
                + "The lecture rounds it to \"1 year\".");
    }

    @Test
    @Points(1)
    @DisplayName("a negative, infinite or not-a-number duration is refused")
    @Order(6)
    void refusesDurationsThatAreNotDurations() {
        for (double wrong : new double[] {-1, -0.001, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class, () -> HumanTime.humanSeconds(wrong), "humanSeconds("
                    + wrong + ") should throw an IllegalArgumentException: no event takes " + wrong + " ns.");
            assertThrows(IllegalArgumentException.class, () -> HumanTime.format(wrong), "format(" + wrong
                    + ") should throw an IllegalArgumentException: " + wrong + " s is not a duration.");
            assertThrows(IllegalArgumentException.class, () -> HumanTime.unitFor(wrong), "unitFor(" + wrong
                    + ") should throw an IllegalArgumentException: " + wrong + " s is not a duration.");
        }
    }

    private static HumanUnit unitNamed(String name) {
        for (HumanUnit unit : HumanUnit.values()) {
            if (unit.after("1").equals(name) || unit.after("2").equals(name)) {
                return unit;
            }
        }
        throw new AssertionError("no unit is called " + name);
    }
}
