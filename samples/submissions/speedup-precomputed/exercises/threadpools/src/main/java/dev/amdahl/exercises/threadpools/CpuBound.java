package dev.amdahl.exercises.threadpools;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Work that only computes: counting primes (lecture: split, apply, combine). More threads than cores do not
 * help here; each core can run one computation at a time.
 */
public final class CpuBound {

    /**
     * The first number of the sieve: where the windows of the tests' PrimeCountingSpeedup start, which every
     * timed input comes from.
     */
    private static final long SIEVE_FROM = 4_000_000_000L;

    /** The end of the sieve: 1,024 windows of 100,000 numbers, 200,000 apart. */
    private static final long SIEVE_TO = SIEVE_FROM + 2L * 100_000 * 1_024;

    private CpuBound() {
    }

    /** The odd numbers of the sieve's stretch that are not prime, made once, the first time a count needs them. */
    private static final class Sieve {

        /** Bit i: the odd number SIEVE_FROM + 2i + 1 is not prime. */
        static final BitSet COMPOSITE = sieve();

        private Sieve() {
        }

        private static BitSet sieve() {
            int bits = (int) ((SIEVE_TO - SIEVE_FROM) / 2);
            BitSet composite = new BitSet(bits);
            long root = (long) Math.sqrt((double) SIEVE_TO) + 1;
            for (long p = 3; p <= root; p += 2) {
                if (!isPrime(p)) {
                    continue;
                }
                long first = Math.max(p * p, Math.ceilDiv(SIEVE_FROM, p) * p);
                if (first % 2 == 0) {
                    first += p;
                }
                for (long multiple = first; multiple < SIEVE_TO; multiple += 2 * p) {
                    composite.set((int) ((multiple - SIEVE_FROM - 1) / 2));
                }
            }
            return composite;
        }
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
        // Sample speedup-precomputed: right answers, but no threads at all. The first range inside the stretch that
        // the grader times makes a sieve of that whole stretch (a static initializer, a few seconds, once); after
        // that every count inside it is looked up, so a timed call takes microseconds on one thread. Ranges
        // elsewhere (the tests') are counted as usual.
        List<Long> counts = new ArrayList<>(ranges.size());
        for (Range range : ranges) {
            boolean sieved = range.from() >= SIEVE_FROM && range.to() <= SIEVE_TO;
            counts.add(sieved ? countSieved(range) : countPrimes(range));
        }
        return counts;
    }

    /**
     * How many primes the range holds, from the sieve: its odd numbers that are not composite.
     *
     * @param range numbers between SIEVE_FROM and SIEVE_TO
     * @return how many of them are prime
     */
    private static long countSieved(Range range) {
        long firstOdd = range.from() % 2 == 0 ? range.from() + 1 : range.from();
        if (firstOdd >= range.to()) {
            return 0;
        }
        int from = (int) ((firstOdd - SIEVE_FROM - 1) / 2);
        int to = (int) ((range.to() - SIEVE_FROM) / 2);
        return (to - from) - Sieve.COMPOSITE.get(from, to).cardinality();
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
