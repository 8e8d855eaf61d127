package dev.amdahl.exercises.threadpools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Lecture: split, apply, combine. Only correctness is tested here, never time. */
@DisplayName("CpuBound splits the counting of primes and counts the parts in parallel")
@Order(3)
class CpuBoundTest {

    @Test
    @Points(1)
    @DisplayName("split covers 0 to the limit with ranges that follow one another and have nearly equal sizes")
    @Order(1)
    void splitCoversTheLimit() {
        Random random = Seed.random();
        for (int round = 0; round < 20; round++) {
            long limit = round == 0 ? 3 : random.nextInt(10_000_000);
            int parts = round == 0 ? 7 : 1 + random.nextInt(64);
            String which = "split(" + limit + ", " + parts + ")";

            List<Range> ranges = CpuBound.split(limit, parts);

            assertEquals(parts, ranges.size(), which + " should give " + parts + " ranges.");
            assertEquals(0, ranges.get(0).from(), which + ": the first range should start at 0.");
            assertEquals(limit, ranges.get(parts - 1).to(), which + ": the last range should end at the limit.");
            long smallest = Long.MAX_VALUE;
            long largest = Long.MIN_VALUE;
            for (int i = 0; i < parts; i++) {
                if (i > 0) {
                    assertEquals(ranges.get(i - 1).to(), ranges.get(i).from(), which + ": range " + i + " should "
                            + "start where range " + (i - 1) + " ends, without a gap or an overlap: " + ranges);
                }
                smallest = Math.min(smallest, ranges.get(i).size());
                largest = Math.max(largest, ranges.get(i).size());
            }
            assertTrue(largest - smallest <= 1, which + ": the sizes of the ranges should differ by at most one, "
                    + "so that each thread gets about the same share; they go from " + smallest + " to " + largest
                    + ".");
        }
    }

    @Test
    @Points(2)
    @DisplayName("countPrimesInParallel counts what a sequential loop counts, range by range, and leaves no thread")
    @Order(2)
    void parallelCountsEqualSequentialCounts() throws InterruptedException {
        Random random = Seed.random();
        long limit = 1_000_000 + random.nextInt(1_000_000);
        int parts = 8 + random.nextInt(17);
        List<Range> ranges = CpuBound.split(limit, parts);

        List<List<Long>> result = new ArrayList<>();
        List<Thread> left = Workers.leftBehindBy(() -> result.add(CpuBound.countPrimesInParallel(ranges, 2)), 2_000);
        List<Long> counts = result.get(0);

        List<Long> expected = ranges.stream().map(CpuBound::countPrimes).toList();
        assertEquals(expected, counts, "countPrimesInParallel should give, for each range in order, what "
                + "countPrimes gives for it alone (lecture: split, apply, combine; a parallel map keeps the order).");

        List<Long> belowAMillion = CpuBound.countPrimesInParallel(List.of(new Range(0, 500_000),
                new Range(500_000, 1_000_000)), 2);
        assertEquals(78_498L, belowAMillion.get(0) + belowAMillion.get(1), "There are 78,498 primes below "
                + "1,000,000.");
        assertTrue(left.isEmpty(), "2 s after countPrimesInParallel returned, threads it started are still alive: "
                + Workers.describe(left) + ". A pool that is not shut down keeps its threads waiting for more work "
                + "forever; shut it down in a finally block (pool.shutdown()), or create it in a try-with-resources "
                + "statement.");
    }
}
