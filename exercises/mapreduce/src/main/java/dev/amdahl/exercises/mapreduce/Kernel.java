package dev.amdahl.exercises.mapreduce;

import java.util.Arrays;

/**
 * A square convolution kernel of odd size: {@code size × size} weights, stored row by row like the pixels of a
 * {@link GrayImage}, so that the weight in column {@code i} and row {@code j} is {@code weights[j * size + i]}.
 * Its centre is at column and row {@link #radius()}. This record is complete; you do not need to change it.
 *
 * <p>Like {@link GrayImage}, the record keeps its own copy of the weights, and two kernels are equal when their
 * weights are equal.
 *
 * @param size    how many columns and rows: odd, at least 1
 * @param weights the weights, row by row; {@code size * size} of them
 */
public record Kernel(int size, double[] weights) {

    /** Refuses an even size or the wrong number of weights, and copies the array. */
    public Kernel {
        if (size < 1 || size % 2 == 0) {
            throw new IllegalArgumentException("a kernel needs an odd size of at least 1, so that it has a centre; "
                    + "not " + size);
        }
        if (weights == null || (long) size * size != weights.length) {
            throw new IllegalArgumentException("a kernel of size " + size + " needs " + (long) size * size
                    + " weights, not " + (weights == null ? "null" : weights.length));
        }
        weights = weights.clone();
    }

    /**
     * A copy of the weights, row by row. Each call makes a new copy: call it once, not once per pixel.
     *
     * @return the {@code size * size} weights; changing them does not change this kernel
     */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /**
     * How far the kernel reaches from its centre: {@code size / 2} columns to the left and right, as many rows
     * up and down. It is also the width of the halo a tile needs.
     *
     * @return {@code size / 2}
     */
    public int radius() {
        return size / 2;
    }

    /**
     * One weight.
     *
     * @param i the column in the kernel, from 0 (left) to {@code size - 1}
     * @param j the row in the kernel, from 0 (top) to {@code size - 1}
     * @return {@code weights[j * size + i]}
     */
    public double weight(int i, int j) {
        if (i < 0 || i >= size || j < 0 || j >= size) {
            throw new IndexOutOfBoundsException("weight (" + i + ", " + j + ") is outside the kernel of size " + size);
        }
        return weights[j * size + i];
    }

    /**
     * The kernel that changes nothing: size 1, weight 1.
     *
     * @return a kernel whose convolution gives back the image
     */
    public static Kernel identity() {
        return new Kernel(1, new double[] {1});
    }

    /**
     * The average of the {@code size × size} pixels around each pixel: a blur.
     *
     * @param size odd, at least 1
     * @return a kernel whose weights are all {@code 1.0 / (size * size)}
     */
    public static Kernel box(int size) {
        if (size < 1 || size % 2 == 0) {
            throw new IllegalArgumentException("a box kernel needs an odd size of at least 1, not " + size);
        }
        double[] weights = new double[size * size];
        Arrays.fill(weights, 1.0 / (size * size));
        return new Kernel(size, weights);
    }

    /**
     * A small Gaussian blur: the centre counts most, the corners least.
     *
     * @return {@code [1 2 1; 2 4 2; 1 2 1] / 16}
     */
    public static Kernel gaussian3() {
        return new Kernel(3, new double[] {
            1 / 16.0, 2 / 16.0, 1 / 16.0,
            2 / 16.0, 4 / 16.0, 2 / 16.0,
            1 / 16.0, 2 / 16.0, 1 / 16.0});
    }

    /**
     * Sobel's horizontal gradient: positive where the image gets brighter to the right. It is not symmetric,
     * so a kernel that is flipped or transposed by mistake gives a different sign or zero.
     *
     * @return {@code [-1 0 1; -2 0 2; -1 0 1]}
     */
    public static Kernel sobelX() {
        return new Kernel(3, new double[] {
            -1, 0, 1,
            -2, 0, 2,
            -1, 0, 1});
    }

    /**
     * Sobel's vertical gradient: positive where the image gets brighter downwards (towards higher rows).
     *
     * @return {@code [-1 -2 -1; 0 0 0; 1 2 1]}
     */
    public static Kernel sobelY() {
        return new Kernel(3, new double[] {
            -1, -2, -1,
            0, 0, 0,
            1, 2, 1});
    }

    /** Equal when the other kernel has the same size and the same weights, bit for bit. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Kernel kernel && size == kernel.size && Arrays.equals(weights, kernel.weights);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(weights);
    }

    /** The size and the weights. */
    @Override
    public String toString() {
        return "Kernel[" + size + " × " + size + ": " + Arrays.toString(weights) + "]";
    }
}
