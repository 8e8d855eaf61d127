package dev.amdahl.exercises.mapreduce;

import dev.amdahl.grading.Fingerprint;
import dev.amdahl.grading.SpeedupCase;
import java.util.Random;

/**
 * How the grader's timing lane times the convolution: {@link Convolution#convolve} of a random image with a
 * 21 × 21 box blur on one thread, against the submission's {@link Convolution#convolveTiled}.
 *
 * <p>A large kernel on purpose: with 441 products per pixel, an image of 1,700 × 1,700 (23 MB of pixels) takes
 * about a second, and the copies a convolution makes fit a heap of 256 MB. A 5 × 5 kernel would need an image of
 * about 6,000 × 6,000, 288 MB for each copy of its pixels.
 */
public final class ConvolutionSpeedup implements SpeedupCase<GrayImage, GrayImage> {

    /** The kernel both sides use. */
    static final Kernel KERNEL = Kernel.box(21);

    /** Tiles of 200 × 200 pixels: 81 tiles, many more than threads, each one large next to its halo of 10. */
    static final int TILE_SIZE = 200;

    @Override
    public String name() {
        return "convolving an image: Convolution.convolveTiled against convolve on one thread";
    }

    /** A {@code size × size} image of random brightness from 0 to 255. */
    @Override
    public GrayImage input(int size, long seed) {
        Random random = new Random(seed);
        double[] pixels = new double[size * size];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextDouble() * 255;
        }
        return new GrayImage(size, size, pixels);
    }

    @Override
    public int defaultSize() {
        return 1_700;
    }

    @Override
    public GrayImage sequential(GrayImage image) {
        return Convolution.convolve(image, KERNEL);
    }

    @Override
    public GrayImage parallel(GrayImage image, int threads) {
        return Convolution.convolveTiled(image, KERNEL, TILE_SIZE, threads);
    }

    /** Bit for bit what {@link #sequential} gives ({@link GrayImage#equals} compares every pixel). */
    @Override
    public boolean check(GrayImage image, GrayImage output) {
        return output != null && output.equals(sequential(image));
    }

    /** The size and every pixel's bits, digested: equal only when equal bit for bit. */
    @Override
    public String fingerprint(GrayImage image) {
        return image.width() + "x" + image.height() + ":" + Fingerprint.of(image.pixels());
    }
}
