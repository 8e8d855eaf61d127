package dev.amdahl.exercises.threadpools;

import dev.amdahl.grading.SpeedupCase;

/**
 * How the grader's timing lane times this exercise: counting the primes below a limit, by the given
 * sequential count against the student's split and parallel count.
 */
public final class PrimeCountingSpeedup implements SpeedupCase<Long, Long> {

    /**
     * Ranges per thread: enough that a thread that finishes early takes another. Numbers near the limit take
     * longer to test, so with only a few big ranges one thread is left alone with the slowest one at the end.
     */
    private static final int RANGES_PER_THREAD = 16;

    @Override
    public String name() {
        return "counting primes: CpuBound.countPrimesInParallel against one thread";
    }

    /** The limit: about {@code size}, a little different per seed so that no trial repeats another. */
    @Override
    public Long input(int size, long seed) {
        return size + Math.floorMod(seed, 1_000L);
    }

    @Override
    public int defaultSize() {
        return 3_000_000;
    }

    @Override
    public Long sequential(Long limit) {
        return CpuBound.countPrimes(new Range(0, limit));
    }

    @Override
    public Long parallel(Long limit, int threads) {
        return CpuBound.countPrimesInParallel(CpuBound.split(limit, threads * RANGES_PER_THREAD), threads).stream()
                .mapToLong(Long::longValue).sum();
    }

    @Override
    public boolean check(Long limit, Long output) {
        return output != null && output.longValue() == sequential(limit).longValue();
    }

    @Override
    public String fingerprint(Long count) {
        return String.valueOf(count);
    }
}
