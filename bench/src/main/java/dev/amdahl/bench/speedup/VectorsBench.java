package dev.amdahl.bench.speedup;

import dev.amdahl.exercises.vectorization.Vectors;
import java.util.Arrays;
import java.util.List;
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
 * The vectorization reference: a dot product and a sum over {@code double[]}, the same over {@code List<Double>}
 * with boxed streams, and the sum with one running sum against four.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VectorsBench {

    @Param("1000000")
    public int length;

    private double[] x;
    private double[] y;
    private List<Double> boxedX;
    private List<Double> boxedY;

    /** Two random vectors of {@code length} (seeded: the same each run), as arrays and as boxed lists. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        x = random.doubles(length).toArray();
        y = random.doubles(length).toArray();
        boxedX = Arrays.stream(x).boxed().toList();
        boxedY = Arrays.stream(y).boxed().toList();
    }

    /** The dot product over the arrays. */
    @Benchmark
    public double dot() {
        return Vectors.dot(x, y);
    }

    /** The dot product over the boxed lists: the slow side. */
    @Benchmark
    public double dotBoxed() {
        return Vectors.dotBoxed(boxedX, boxedY);
    }

    /** The sum with one running sum: each addition waits for the one before. */
    @Benchmark
    public double sum() {
        return Vectors.sum(x);
    }

    /** The sum with four running sums, which the CPU can add at once. */
    @Benchmark
    public double sumUnrolled() {
        return Vectors.sumUnrolled(x);
    }
}
