package dev.amdahl.bench.speedup;

import dev.amdahl.exercises.mapreduce.Convolution;
import dev.amdahl.exercises.mapreduce.GrayImage;
import dev.amdahl.exercises.mapreduce.Kernel;
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
 * The mapreduce reference: a box blur over a square grey image, on one thread, and by tiles with halos on one
 * thread per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConvolutionBench {

    @Param("2048")
    public int side;

    @Param("128")
    public int tileSize;

    @Param("5")
    public int kernelSize;

    private GrayImage image;
    private Kernel kernel;

    /** A random image of {@code side} by {@code side} pixels (seeded: the same each run) and the box kernel. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        double[] pixels = new double[side * side];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextDouble();
        }
        image = new GrayImage(side, side, pixels);
        kernel = Kernel.box(kernelSize);
    }

    /** The baseline: the whole image on one thread. */
    @Benchmark
    public GrayImage sequential() {
        return Convolution.convolve(image, kernel);
    }

    /** The contender: tiles of {@code tileSize} on one thread per core. */
    @Benchmark
    public GrayImage tiled() {
        return Convolution.convolveTiled(image, kernel, tileSize, Runtime.getRuntime().availableProcessors());
    }
}
