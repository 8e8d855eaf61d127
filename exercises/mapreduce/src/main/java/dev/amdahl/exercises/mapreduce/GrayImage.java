package dev.amdahl.exercises.mapreduce;

import java.util.Arrays;

/**
 * A gray-scale image: {@code width × height} brightness values, stored row by row (row-major), so that the
 * pixel in column {@code x} and row {@code y} is {@code pixels[y * width + x]}. Column 0 is the left edge, row 0
 * the top edge. This record is complete; you do not need to change it.
 *
 * <p>The record keeps its own copy of the array, and {@link #pixels()} hands out a copy: nobody can change an
 * image after it is made. Call {@link #pixels()} once and read the copy, or read single pixels with
 * {@link #get(int, int)}. Unlike a plain record, two images are equal when their sizes and all their pixels are
 * equal, bit for bit ({@link Arrays#equals(double[], double[])}).
 *
 * @param width  the number of columns, at least 1
 * @param height the number of rows, at least 1
 * @param pixels the brightness values, row by row; {@code width * height} of them
 */
public record GrayImage(int width, int height, double[] pixels) {

    /** Refuses an image without pixels or with the wrong number of them, and copies the array. */
    public GrayImage {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image needs width >= 1 and height >= 1, not " + width + " × "
                    + height);
        }
        if (pixels == null) {
            throw new IllegalArgumentException("an image needs its pixels, not null");
        }
        if ((long) width * height != pixels.length) {
            throw new IllegalArgumentException("a " + width + " × " + height + " image needs " + (long) width * height
                    + " pixels, not " + pixels.length);
        }
        pixels = pixels.clone();
    }

    /**
     * A copy of the pixels, row by row. Each call makes a new copy: call it once, not once per pixel.
     *
     * @return the {@code width * height} brightness values; changing them does not change this image
     */
    @Override
    public double[] pixels() {
        return pixels.clone();
    }

    /**
     * The brightness of one pixel.
     *
     * @param x the column, from 0 (left) to {@code width - 1}
     * @param y the row, from 0 (top) to {@code height - 1}
     * @return the pixel's value
     * @throws IndexOutOfBoundsException if {@code (x, y)} is outside the image
     */
    public double get(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + ", " + y + ") is outside the " + width + " × "
                    + height + " image");
        }
        return pixels[y * width + x];
    }

    /** Equal when the other image has the same size and the same pixels, bit for bit. */
    @Override
    public boolean equals(Object other) {
        return other instanceof GrayImage image && width == image.width && height == image.height
                && Arrays.equals(pixels, image.pixels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(pixels);
    }

    /** The size and a few pixels, never the whole array. */
    @Override
    public String toString() {
        int shown = Math.min(4, pixels.length);
        StringBuilder text = new StringBuilder("GrayImage[" + width + " × " + height + ": ");
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? "" : ", ").append(pixels[i]);
        }
        return text.append(pixels.length > shown ? ", …]" : "]").toString();
    }
}
