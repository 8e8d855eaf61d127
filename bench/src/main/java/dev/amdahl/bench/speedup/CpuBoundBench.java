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

    @Param("2000000")
    public long limit;

    /** Ranges per thread: a thread that finishes early takes another (higher numbers cost more to test). */
    @Param("16")
    public int rangesPerThread;

    /** The baseline: the primes below {@code limit}, counted on one thread. */
    @Benchmark
    public long sequential() {
        return CpuBound.countPrimes(new Range(0, limit));
    }

    /** The contender: the same count over ranges on a pool of one thread per core. */
    @Benchmark
    public long parallel() {
        int threads = Runtime.getRuntime().availableProcessors();
        long count = 0;
        for (long part : CpuBound.countPrimesInParallel(CpuBound.split(limit, threads * rangesPerThread), threads)) {
            count += part;
        }
        return count;
    }
}
