package dev.amdahl.bench.speedup;

import dev.amdahl.exercises.latency.CacheEffects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The latency reference: a square matrix of doubles, row-major in one array, summed in memory order and column by
 * column, and transposed element by element and by tiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CacheBench {

    @Param("4000")
    public int side;

    @Param("32")
    public int block;

    private double[] matrix;

    /** A random matrix of {@code side} by {@code side} (seeded: the same each run). */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        matrix = new double[side * side];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = random.nextDouble();
        }
    }

    /** The sum in memory order. */
    @Benchmark
    public double sumRowByRow() {
        return CacheEffects.sumRowByRow(matrix, side, side);
    }

    /** The sum column by column, a cache miss per element once a column outgrows the cache. */
    @Benchmark
    public double sumColumnByColumn() {
        return CacheEffects.sumColumnByColumn(matrix, side, side);
    }

    /** The transpose element by element. */
    @Benchmark
    public double[] transposeNaive() {
        return CacheEffects.transposeNaive(matrix, side, side);
    }

    /** The transpose by tiles of {@code block} by {@code block}. */
    @Benchmark
    public double[] transposeBlocked() {
        return CacheEffects.transposeBlocked(matrix, side, side, block);
    }
}
