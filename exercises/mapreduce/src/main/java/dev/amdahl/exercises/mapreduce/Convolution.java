package dev.amdahl.exercises.mapreduce;

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
        // TODO: for each pixel (x, y), sum weight(i, j) * in(x + i - r, y + j - r) over the kernel's rows j and,
        //  within a row, its columns i, starting from 0.0, with r = kernel.radius(). Clamp a column to
        //  [0, width - 1] and a row to [0, height - 1] (Math.clamp) before reading the pixel. Read
        //  image.pixels() and kernel.weights() once, before the loops: each call makes a copy.
        throw new UnsupportedOperationException("TODO: implement Convolution.convolve (see the exercise README)");
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
        // TODO: split: one task per tile; apply: each task copies its tile and a halo of kernel.radius() pixels
        //  around it (clamped like the border), convolves that copy, and writes the tile's own pixels into the
        //  output array; combine: wait for every Future, then make the image. Use a pool of `threads` threads,
        //  shut down on every way out. Bit for bit the same as convolve: add the same products in the same order.
        throw new UnsupportedOperationException("TODO: implement Convolution.convolveTiled (see the exercise README)");
    }
}
