package dev.amdahl.exercises.threadpools;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work that only computes: counting primes (lecture: split, apply, combine). More threads than cores do not
 * help here; each core can run one computation at a time.
 */
public final class CpuBound {

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
        // Sample speedup-hog: the counting is speedup-good's, but the first call on numbers as large as the
        // timing's (above 4,000,000,000; the tests use small ones) also leaves 4 x threads tasks spinning forever
        // on a pool of their own, so that the machine stays busy between calls: while the reference is timed, its
        // cores would be shared with this version's leftover work.
        if (!ranges.isEmpty() && ranges.get(0).from() > 4_000_000_000L) {
            startSpinningOnce(threads);
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Long>> futures = new ArrayList<>(ranges.size());
            for (Range range : ranges) {
                futures.add(pool.submit(() -> countPrimes(range)));
            }
            List<Long> counts = new ArrayList<>(ranges.size());
            for (Future<Long> future : futures) {
                counts.add(future.get());
            }
            return counts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting primes", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("counting primes failed", e.getCause());
        }
    }

    /** Busy tasks left running after the call returns: what a timing must not let a submission do. */
    private static volatile ExecutorService spinners;

    /** A number the spinning tasks write, so that their loop is not optimised away. */
    private static volatile long spun;

    private static synchronized void startSpinningOnce(int threads) {
        if (spinners != null) {
            return;
        }
        int count = 4 * threads;
        spinners = Executors.newFixedThreadPool(count);
        for (int i = 0; i < count; i++) {
            spinners.execute(() -> {
                long x = 0;
                while (true) {
                    x++;
                    if ((x & 0xFFFFFF) == 0) {
                        spun = x;
                    }
                }
            });
        }
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
