package dev.amdahl.exercises.threadpools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Work that only computes: counting primes (lecture: split, apply, combine). More threads than cores do not
 * help here; each core can run one computation at a time.
 */
public final class CpuBound {

    /** Numbers per block whose count is kept. */
    private static final long BLOCK = 500;

    /** The count of every whole block met so far, by block number, kept from one call to the next. */
    private static final Map<Long, Long> BLOCK_COUNTS = new ConcurrentHashMap<>();

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
        // Sample speedup-memoising: right answers, but no threads at all. Each range is counted on the calling
        // thread, block by block of 500 numbers, and the count of every whole block stays in a static map from one
        // call to the next: a range met before costs only its ragged ends. Timed on inputs that overlap earlier
        // ones, that memory would look like a speedup.
        List<Long> counts = new ArrayList<>(ranges.size());
        for (Range range : ranges) {
            counts.add(countRemembering(range));
        }
        return counts;
    }

    /**
     * How many primes the range holds: its whole blocks from the map (counted the first time they are met), its
     * ragged ends counted each time.
     *
     * @param range the numbers to look at
     * @return how many of them are prime
     */
    private static long countRemembering(Range range) {
        long firstBlock = Math.ceilDiv(range.from(), BLOCK);
        long endBlock = range.to() / BLOCK;
        if (firstBlock >= endBlock) {
            return countPrimes(range);
        }
        long count = countPrimes(new Range(range.from(), firstBlock * BLOCK))
                + countPrimes(new Range(endBlock * BLOCK, range.to()));
        for (long block = firstBlock; block < endBlock; block++) {
            count += BLOCK_COUNTS.computeIfAbsent(block, b -> countPrimes(new Range(b * BLOCK, (b + 1) * BLOCK)));
        }
        return count;
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
