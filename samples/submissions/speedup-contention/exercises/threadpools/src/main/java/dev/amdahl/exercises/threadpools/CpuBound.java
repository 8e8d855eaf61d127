package dev.amdahl.exercises.threadpools;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Work that only computes: counting primes (lecture: split, apply, combine). More threads than cores do not
 * help here; each core can run one computation at a time.
 */
public final class CpuBound {

    /** Guards the counts: taken for every number tested. */
    private static final Lock COUNTS_LOCK = new ReentrantLock();

    private CpuBound() {
    }

    /**
     * Splits the numbers from 0 (included) to {@code limit} (excluded) into {@code parts} ranges, in order,
     * that follow one another without a gap or an overlap, and whose sizes differ by at most one.
     *
     * @param limit the first number not to cover, at least 0
     * @param parts how many ranges, at least 1
     * @return the ranges, from the one that starts at 0 to the one that ends at {@code limit}
     */
    public static List<Range> split(long limit, int parts) {
        if (limit < 0 || parts < 1) {
            throw new IllegalArgumentException("need limit >= 0 and parts >= 1, not " + limit + ", " + parts);
        }
        List<Range> ranges = new ArrayList<>(parts);
        long size = limit / parts;
        long remainder = limit % parts;
        long from = 0;
        for (int i = 0; i < parts; i++) {
            long to = from + size + (i < remainder ? 1 : 0);
            ranges.add(new Range(from, to));
            from = to;
        }
        return ranges;
    }

    /**
     * Counts the primes in each range, the ranges shared among {@code threads} threads.
     *
     * @param ranges  the ranges
     * @param threads how many threads, at least 1
     * @return how many primes each range holds, the count for {@code ranges.get(i)} at index {@code i}
     */
    public static List<Long> countPrimesInParallel(List<Range> ranges, int threads) {
        // Sample speedup-contention: right answers, parallel tasks, and yet little speedup. Every number is
        // tested and counted while holding one lock that all the threads share, so the threads take turns
        // instead of counting at the same time, and pay for handing the lock over millions of times.
        long[] counts = new long[ranges.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>(ranges.size());
            for (int i = 0; i < ranges.size(); i++) {
                int index = i;
                Range range = ranges.get(i);
                futures.add(pool.submit(() -> {
                    for (long n = range.from(); n < range.to(); n++) {
                        COUNTS_LOCK.lock();
                        try {
                            if (isPrime(n)) {
                                counts[index]++;
                            }
                        } finally {
                            COUNTS_LOCK.unlock();
                        }
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting primes", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("counting primes failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        List<Long> result = new ArrayList<>(counts.length);
        for (long count : counts) {
            result.add(count);
        }
        return result;
    }

    /**
     * How many primes the range holds, by trial division: slow on purpose, so that there is work to share.
     * This method is complete.
     *
     * @param range the numbers to look at
     * @return how many of them are prime
     */
    public static long countPrimes(Range range) {
        long count = 0;
        for (long n = range.from(); n < range.to(); n++) {
            if (isPrime(n)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether {@code n} is prime. This method is complete.
     *
     * @param n a number
     * @return whether {@code n} has exactly two divisors, 1 and itself
     */
    public static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        if (n % 2 == 0) {
            return n == 2;
        }
        for (long d = 3; d * d <= n; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
