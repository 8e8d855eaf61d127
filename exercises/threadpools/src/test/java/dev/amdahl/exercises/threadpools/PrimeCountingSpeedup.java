package dev.amdahl.exercises.threadpools;

import dev.amdahl.grading.SpeedupCase;
import java.util.List;

/**
 * How the grader's timing lane times this exercise: counting the primes in a window of numbers, by the given
 * sequential count against the student's split and parallel count.
 */
public final class PrimeCountingSpeedup implements SpeedupCase<Range, Long> {

    /**
     * Ranges per thread: enough that a thread that finishes early takes another, when some numbers take longer to
     * test than others.
     */
    private static final int RANGES_PER_THREAD = 16;

    /**
     * Where the windows start. Numbers this large all take about as long to test as each other (over every window
     * of the default size, by at most 3 %), so every input is about the same work.
     */
    static final long FIRST = 4_000_000_000L;

    @Override
    public String name() {
        return "counting primes: CpuBound.countPrimesInParallel against one thread";
    }

    /**
     * {@code size} numbers from a window of their own: window {@code floorMod(seed, DISTINCT_SEEDS)}, the windows
     * {@code 2 × size} apart. The seeds of one timing never share a window and windows never touch, so nothing
     * counted for one input (a number, a block, a range) helps with another.
     */
    @Override
    public Range input(int size, long seed) {
        long from = FIRST + 2L * size * Math.floorMod(seed, DISTINCT_SEEDS);
        return new Range(from, from + size);
    }

    /** 100,000 numbers above 4,000,000,000: about as much work as all the numbers below 3,000,000. */
    @Override
    public int defaultSize() {
        return 100_000;
    }

    @Override
    public Long sequential(Range numbers) {
        return CpuBound.countPrimes(numbers);
    }

    /** The window split with {@code split(size, threads × 16)}, each range moved to where the window starts. */
    @Override
    public Long parallel(Range numbers, int threads) {
        List<Range> ranges = CpuBound.split(numbers.size(), threads * RANGES_PER_THREAD).stream()
                .map(range -> new Range(numbers.from() + range.from(), numbers.from() + range.to()))
                .toList();
        return CpuBound.countPrimesInParallel(ranges, threads).stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public boolean check(Range numbers, Long output) {
        return output != null && output.longValue() == sequential(numbers).longValue();
    }

    @Override
    public String fingerprint(Long count) {
        return String.valueOf(count);
    }
}
