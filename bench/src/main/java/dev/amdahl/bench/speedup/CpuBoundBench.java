package dev.amdahl.bench.speedup;

import dev.amdahl.exercises.threadpools.CpuBound;
import dev.amdahl.exercises.threadpools.Range;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The threadpools reference: counting primes below a limit on one thread, and the same count split into ranges
 * and mapped over a pool with one thread per core ({@code ParallelMap.parallelMap}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CpuBoundBench {

    /** Ranges per thread, as in the exercise's timing declaration: a thread that finishes early takes another. */
    private static final int RANGES_PER_THREAD = 4;

    @Param("2000000")
    public long limit;

    @Benchmark
    public long sequential() {
        return CpuBound.countPrimes(new Range(0, limit));
    }

    @Benchmark
    public long parallel() {
        int threads = Runtime.getRuntime().availableProcessors();
        long count = 0;
        for (long part : CpuBound.countPrimesInParallel(CpuBound.split(limit, threads * RANGES_PER_THREAD), threads)) {
            count += part;
        }
        return count;
    }
}
