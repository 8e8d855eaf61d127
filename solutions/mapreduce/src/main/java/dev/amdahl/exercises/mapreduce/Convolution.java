package dev.amdahl.exercises.mapreduce;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Image convolution, once over the whole image and once by tiles in parallel (lecture: "in image analysis, you
 * can apply convolutions because they only matter on a small subset of the data").
 *
 * <p><b>The rule.</b> The result at pixel {@code (x, y)} is the sum over the kernel's columns {@code i} and rows
 * {@code j} of {@code kernel.weight(i, j) * in(x + i - r, y + j - r)}, where {@code r = kernel.radius()}: the
 * kernel is laid over the image with its centre on {@code (x, y)}, without flipping it (what image libraries
 * call convolution; mathematicians call it cross-correlation). The products are added row by row ({@code j}
 * from 0), within a row from left to right ({@code i} from 0), starting from {@code 0.0}.
 *
 * <p><b>The border.</b> A pixel outside the image takes the value of the nearest pixel on the image's edge
 * (clamp to edge): {@code in(x, y) = image.get(clamp(x, 0, width - 1), clamp(y, 0, height - 1))}.
 */
public final class Convolution {

    private Convolution() {
    }

    /**
     * Convolves the whole image on the calling thread, by the rule and the border rule above.
     *
     * @param image  the image
     * @param kernel the kernel
     * @return a new image of the same size
     */
    public static GrayImage convolve(GrayImage image, Kernel kernel) {
        int width = image.width();
        int height = image.height();
        double[] out = new double[width * height];
        Block whole = new Block(0, 0, width, height);
        whole.convolve(whole.withHalo(image.pixels(), width, height, kernel.radius()), kernel.weights(),
                kernel.size(), out, width);
        return new GrayImage(width, height, out);
    }

    /**
     * Convolves the image by tiles on a pool of {@code threads} threads, and gives exactly what
     * {@link #convolve} gives, bit for bit.
     *
     * <p>Split: the image is cut into tiles of {@code tileSize × tileSize} pixels (smaller at the right and bottom
     * edges when the size is not a multiple of {@code tileSize}). Apply: each tile is copied out together with a
     * halo of {@code kernel.radius()} pixels on every side, filled by the border rule where it reaches past the
     * image, and convolved on its own. Combine: the tiles' results are put back in their places.
     *
     * @param image    the image
     * @param kernel   the kernel
     * @param tileSize the width and height of a tile, at least 1
     * @param threads  how many threads the pool has, at least 1
     * @return a new image of the same size, equal to {@code convolve(image, kernel)}
     * @throws IllegalArgumentException if {@code tileSize} or {@code threads} is less than 1
     */
    public static GrayImage convolveTiled(GrayImage image, Kernel kernel, int tileSize, int threads) {
        if (tileSize < 1 || threads < 1) {
            throw new IllegalArgumentException("tileSize and threads must be at least 1, not " + tileSize + " and "
                    + threads);
        }
        int width = image.width();
        int height = image.height();
        double[] in = image.pixels();
        double[] weights = kernel.weights();
        double[] out = new double[width * height];
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> tiles = new ArrayList<>();
            for (int top = 0; top < height; top += tileSize) {
                for (int left = 0; left < width; left += tileSize) {
                    Block tile = new Block(left, top, Math.min(tileSize, width - left), Math.min(tileSize,
                            height - top));
                    tiles.add(pool.submit(() -> tile.convolve(tile.withHalo(in, width, height, kernel.radius()),
                            weights, kernel.size(), out, width)));
                }
            }
            for (Future<?> tile : tiles) {
                tile.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a tile failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the tiles were convolved", e);
        }
        return new GrayImage(width, height, out);
    }

    /**
     * The pixels from column {@code left} and row {@code top}, {@code width × height} of them: a tile, or the
     * whole image. Both methods convolve through here, so each pixel is computed by the very same arithmetic.
     */
    private record Block(int left, int top, int width, int height) {

        /**
         * A copy of this block with a halo of {@code r} pixels on every side, {@code (width + 2r) × (height + 2r)}
         * of them, row by row; where the halo reaches past the image, the border rule fills it.
         */
        double[] withHalo(double[] image, int imageWidth, int imageHeight, int r) {
            int haloWidth = width + 2 * r;
            double[] halo = new double[haloWidth * (height + 2 * r)];
            for (int y = 0; y < height + 2 * r; y++) {
                int row = Math.clamp(top + y - r, 0, imageHeight - 1) * imageWidth;
                for (int x = 0; x < haloWidth; x++) {
                    halo[y * haloWidth + x] = image[row + Math.clamp(left + x - r, 0, imageWidth - 1)];
                }
            }
            return halo;
        }

        /**
         * Convolves this block, given {@link #withHalo with its halo}, and writes the results to its place in
         * {@code out}, an image {@code outWidth} pixels wide. Blocks write to different pixels of {@code out};
         * {@code Future.get()} makes the writes of a pool's thread visible to the thread that waits.
         */
        void convolve(double[] halo, double[] weights, int size, double[] out, int outWidth) {
            int haloWidth = width + size - 1;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    out[(top + y) * outWidth + left + x] = pixel(halo, haloWidth, weights, size, x, y);
                }
            }
        }

        /**
         * The result at {@code (x, y)} of this block: the products of the weights and the pixels under them,
         * added row by row, left to right, from {@code 0.0}. Pixel {@code (x, y)} of the block is
         * {@code (x + r, y + r)} of its halo, so the kernel's top left weight lies on {@code (x, y)} of the halo.
         */
        private static double pixel(double[] halo, int haloWidth, double[] weights, int size, int x, int y) {
            double sum = 0.0;
            for (int j = 0; j < size; j++) {
                int row = (y + j) * haloWidth + x;
                for (int i = 0; i < size; i++) {
                    sum += weights[j * size + i] * halo[row + i];
                }
            }
            return sum;
        }
    }
}
