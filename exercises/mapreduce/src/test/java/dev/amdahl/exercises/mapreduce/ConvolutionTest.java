package dev.amdahl.exercises.mapreduce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Points;
import dev.amdahl.grading.Seed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lecture: "in image analysis, you can apply convolutions because they only matter on a small subset of the
 * data". Results are compared exactly, bit for bit, never with a tolerance.
 */
@DisplayName("Convolution convolves an image, whole and by tiles with a halo")
@Order(4)
class ConvolutionTest {

    /** The 4 × 3 image 1 … 12, row by row. */
    private static final GrayImage TWELVE = new GrayImage(4, 3, new double[] {
        1, 2, 3, 4,
        5, 6, 7, 8,
        9, 10, 11, 12});

    /** Each pixel of {@link #TWELVE} convolved with {@link #ONES}, worked out by hand with clamp to edge. */
    private static final double[] TWELVE_WITH_ONES = {
        24, 30, 39, 45,
        48, 54, 63, 69,
        72, 78, 87, 93};

    /** All nine weights 1: the sum of the 3 × 3 neighbourhood, exact in floating point for small integers. */
    private static final Kernel ONES = new Kernel(3, new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1});

    private static final String ORIENTATION = "The kernel's weight (i, j) multiplies the pixel (x + i - r, y + j - "
            + "r), with r = kernel.radius(): the kernel is laid over the image as it is, not flipped, not transposed.";

    private static final String CLAMP = "A pixel outside the image takes the value of the nearest pixel on the "
            + "image's edge (clamp to edge): in(-1, -1) is in(0, 0), in(4, 1) is in(3, 1) for a 4-wide image.";

    /** An image whose brightness is 10 + x: it gets brighter to the right. */
    private static GrayImage rampToTheRight(int width, int height) {
        double[] pixels = new double[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 10 + i % width;
        }
        return new GrayImage(width, height, pixels);
    }

    /** An image whose brightness is 10 + y: it gets brighter downwards. */
    private static GrayImage rampDownwards(int width, int height) {
        double[] pixels = new double[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 10 + i / width;
        }
        return new GrayImage(width, height, pixels);
    }

    /** Each row 4, 8, 8, …, 8, 4: the gradient of a ramp, half as steep at the clamped edges. */
    private static double[] sobelOfRamp(int along, int across, boolean rows) {
        double[] pixels = new double[along * across];
        for (int i = 0; i < pixels.length; i++) {
            int position = rows ? i % along : i / across;
            pixels[i] = position == 0 || position == along - 1 ? 4 : 8;
        }
        return pixels;
    }

    private static GrayImage randomImage(Random random, int width, int height) {
        double[] pixels = new double[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextDouble() * 255;
        }
        return new GrayImage(width, height, pixels);
    }

    private static Kernel kernel(String name) {
        return switch (name) {
            case "box3" -> Kernel.box(3);
            case "box5" -> Kernel.box(5);
            case "box7" -> Kernel.box(7);
            case "gaussian3" -> Kernel.gaussian3();
            case "sobelX" -> Kernel.sobelX();
            case "sobelY" -> Kernel.sobelY();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** What to say about a pixel that differs. */
    private interface Hint {
        String at(int x, int y);
    }

    /** Which pixels to compare. */
    private interface Pixels {
        boolean include(int x, int y);
    }

    /**
     * Fails unless the images are equal bit for bit (assertArrayEquals without a tolerance), naming the first
     * pixel that differs and what may be wrong there.
     */
    private static void assertSameImage(GrayImage expected, GrayImage actual, String what, Hint hint) {
        assertSameImage(expected, actual, what, hint, null);
    }

    /** As above, comparing only some of the pixels (all of them when {@code compared} is null). */
    private static void assertSameImage(GrayImage expected, GrayImage actual, String what, Hint hint,
            Pixels compared) {
        assertEquals(expected.width(), actual.width(), what + ": the result should be as wide as the image.");
        assertEquals(expected.height(), actual.height(), what + ": the result should be as high as the image.");
        double[] want = expected.pixels();
        double[] got = actual.pixels();
        for (int i = 0; i < want.length; i++) {
            int x = i % expected.width();
            int y = i / expected.width();
            if ((compared == null || compared.include(x, y))
                    && Double.doubleToLongBits(want[i]) != Double.doubleToLongBits(got[i])) {
                String message = what + ": pixel (" + x + ", " + y + ") differs: expected " + want[i] + ", got "
                        + got[i] + ". " + hint.at(x, y);
                if (compared == null) {
                    assertArrayEquals(want, got, message);
                }
                assertEquals(want[i], got[i], message);
            }
        }
    }

    /** The pixels at least {@code kernel.radius()} away from the image's edges, which never see the border. */
    private static Pixels inside(GrayImage image, Kernel kernel) {
        int r = kernel.radius();
        return (x, y) -> x >= r && y >= r && x < image.width() - r && y < image.height() - r;
    }

    /**
     * The pixels less than {@code kernel.radius()} away from the edge of their tile: they need the tile's halo.
     * The tiles at the right and bottom may be smaller than {@code tileSize}.
     */
    private static Pixels nearTileEdges(GrayImage image, Kernel kernel, int tileSize) {
        int r = kernel.radius();
        return (x, y) -> {
            int inTileX = x % tileSize;
            int inTileY = y % tileSize;
            int tileWidth = Math.min(tileSize, image.width() - (x - inTileX));
            int tileHeight = Math.min(tileSize, image.height() - (y - inTileY));
            return inTileX < r || inTileY < r || inTileX >= tileWidth - r || inTileY >= tileHeight - r;
        };
    }

    /**
     * For convolveTiled: a missing or wrongly filled halo, or a different order of the additions. When the tiled
     * image equals the student's own convolve, the fault is in convolve, not in the tiling. A pixel off by no more
     * than rounding (a few units in the last place) has the right neighbours added in another order; one off by
     * more saw other neighbours: each gets the one hint that fits, so a cut message keeps the right one.
     */
    private static Hint tiled(GrayImage image, Kernel kernel, int tileSize, GrayImage tiled) {
        return (x, y) -> {
            GrayImage whole = Convolution.convolve(image, kernel);
            if (whole.equals(tiled)) {
                return "convolveTiled gives what your convolve gives, so the tiling is right; convolve itself is "
                        + "not: see the tests of convolve. " + ORIENTATION + " " + CLAMP;
            }
            double want = whole.get(x, y);
            double got = tiled.get(x, y);
            boolean rounding = Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want));
            if (rounding) {
                return "The neighbours are right, the order of the additions is not: compute each pixel exactly as "
                        + "convolve does, the same products added in the same order (kernel rows top to bottom, "
                        + "each row left to right, from 0.0). Convolving the tile with its halo by convolve does that.";
            }
            String where = nearTileEdges(image, kernel, tileSize).include(x, y) ? "This pixel is near its tile's "
                    + "edge. " : "";
            return where + "Tiles need a halo of kernel.size()/2 = " + kernel.radius() + " rows and columns on "
                    + "every side, filled the same way as the image's border (clamp to edge), so that a pixel near a "
                    + "tile's edge sees the same neighbours as in the whole image.";
        };
    }

    @Test
    @Points(1)
    @DisplayName("convolve lays the kernel over the image as it is: not flipped, not transposed")
    @Order(1)
    void convolveFollowsTheRule() {
        GrayImage random = randomImage(Seed.random(), 9, 6);
        assertSameImage(random, Convolution.convolve(random, Kernel.identity()), "convolve with the identity kernel "
                + "(size 1, weight 1) should give back the image", (x, y) -> ORIENTATION);

        GrayImage toTheRight = rampToTheRight(7, 3);
        assertSameImage(new GrayImage(7, 3, sobelOfRamp(7, 3, true)), Convolution.convolve(toTheRight,
                Kernel.sobelX()), "sobelX on an image that gets brighter to the right (10 + x) should give 8 "
                + "inside the image (a flipped kernel gives -8, a transposed one 0)", (x, y) -> ORIENTATION,
                inside(toTheRight, Kernel.sobelX()));

        GrayImage downwards = rampDownwards(3, 7);
        assertSameImage(new GrayImage(3, 7, sobelOfRamp(7, 3, false)), Convolution.convolve(downwards,
                Kernel.sobelY()), "sobelY on an image that gets brighter downwards (10 + y) should give 8 inside the "
                + "image (a flipped kernel gives -8, a transposed one 0)", (x, y) -> ORIENTATION,
                inside(downwards, Kernel.sobelY()));
        assertSameImage(new GrayImage(3, 7, new double[21]), Convolution.convolve(downwards, Kernel.sobelX()),
                "sobelX on an image that only changes downwards should give 0 inside the image (a transposed "
                + "kernel gives 8)", (x, y) -> ORIENTATION, inside(downwards, Kernel.sobelX()));
    }

    @Test
    @Points(1)
    @DisplayName("convolve treats a pixel outside the image as the nearest edge pixel (clamp to edge)")
    @Order(2)
    void convolveClampsAtTheBorder() {
        assertSameImage(new GrayImage(4, 3, TWELVE_WITH_ONES), Convolution.convolve(TWELVE, ONES), "convolve of the "
                + "4 × 3 image 1 … 12 with the 3 × 3 kernel of ones (at the corner (0, 0): 1+1+2 + 1+1+2 + 5+5+6 = "
                + "24; with zeros outside the image it would be 14)", (x, y) -> CLAMP);
        GrayImage ramp = rampToTheRight(7, 3);
        assertSameImage(new GrayImage(7, 3, sobelOfRamp(7, 3, true)), Convolution.convolve(ramp, Kernel.sobelX()),
                "sobelX on an image that gets brighter to the right (10 + x) should give 4 at the left and right "
                + "edges, where the neighbour outside the image is the edge pixel itself (zeros outside the image "
                + "would give large values there)", (x, y) -> CLAMP);
        GrayImage one = new GrayImage(1, 1, new double[] {5});
        assertEquals(45.0, Convolution.convolve(one, ONES).get(0, 0), "A 1 × 1 image has only border: all nine "
                + "neighbours of its pixel are the pixel itself, 9 × 5 = 45. " + CLAMP);
    }

    @ParameterizedTest(name = "{0} × {1} image, {2}, tiles of {3}, {4} threads")
    @CsvSource({
        "1, 1, box3, 4, 2",
        "3, 2, box5, 8, 2",
        "7, 5, sobelX, 1, 3",
        "64, 48, box3, 16, 2",
        "67, 45, box5, 16, 3",
        "45, 67, sobelY, 10, 2",
        "100, 3, gaussian3, 7, 4",
        "1, 50, box5, 3, 2",
        "33, 33, box7, 2, 2",
        "50, 1, sobelX, 50, 1"})
    @Points(2)
    @DisplayName("convolveTiled gives what convolve gives, bit for bit, for any image, kernel and tile size")
    @Order(3)
    void tiledEqualsWhole(int width, int height, String kernelName, int tileSize, int threads) {
        GrayImage image = randomImage(Seed.random(), width, height);
        Kernel kernel = kernel(kernelName);

        GrayImage whole = Convolution.convolve(image, kernel);
        GrayImage tiled = Convolution.convolveTiled(image, kernel, tileSize, threads);

        assertSameImage(whole, tiled, "convolveTiled(" + width + " × " + height + " image, " + kernelName + ", "
                + tileSize + ", " + threads + ") should equal convolve (split, apply, combine)", tiled(image, kernel,
                tileSize, tiled));
    }

    @Test
    @Points(1)
    @DisplayName("convolveTiled gives every tile a halo, so pixels at tile edges see their true neighbours")
    @Order(4)
    void tilesHaveAHalo() {
        Random random = Seed.random();
        double[] smallIntegers = new double[23 * 17];
        for (int i = 0; i < smallIntegers.length; i++) {
            smallIntegers[i] = random.nextInt(256);
        }
        double[] ones = new double[25];
        Arrays.fill(ones, 1);
        // Small integers and integer weights: every sum is exact, in whatever order it is added up, so only the
        // neighbours a pixel sees can make a difference here.
        Map<String, GrayImage> images = new LinkedHashMap<>();
        images.put("the 4 × 3 image 1 … 12", TWELVE);
        images.put("a 9 × 4 image brighter to the right", rampToTheRight(9, 4));
        images.put("a 4 × 9 image brighter downwards", rampDownwards(4, 9));
        images.put("a random 23 × 17 image", new GrayImage(23, 17, smallIntegers));
        Map<String, Kernel> kernels = new LinkedHashMap<>();
        kernels.put("3 × 3 ones", ONES);
        kernels.put("sobelX", Kernel.sobelX());
        kernels.put("sobelY", Kernel.sobelY());
        kernels.put("5 × 5 ones", new Kernel(5, ones));
        for (Map.Entry<String, GrayImage> image : images.entrySet()) {
            for (Map.Entry<String, Kernel> kernel : kernels.entrySet()) {
                GrayImage whole = Convolution.convolve(image.getValue(), kernel.getValue());
                for (int tileSize = 1; tileSize <= 6; tileSize++) {
                    GrayImage tiled = Convolution.convolveTiled(image.getValue(), kernel.getValue(), tileSize, 2);
                    assertSameImage(whole, tiled, "convolveTiled(" + image.getKey() + ", " + kernel.getKey()
                            + ", tiles of " + tileSize + ") near the edges of its tiles", tiled(image.getValue(),
                            kernel.getValue(), tileSize, tiled), nearTileEdges(image.getValue(), kernel.getValue(),
                            tileSize));
                }
            }
        }
    }

    @Test
    @Points(1)
    @DisplayName("convolveTiled refuses tiles or pools of size 0, and leaves no thread of its pool alive")
    @Order(5)
    void tiledArgumentsAndPool() throws InterruptedException {
        GrayImage image = randomImage(Seed.random(), 40, 30);
        assertThrows(IllegalArgumentException.class, () -> Convolution.convolveTiled(image, Kernel.box(3), 0, 2),
                "A tile of size 0 holds no pixel: convolveTiled should throw an IllegalArgumentException.");
        assertThrows(IllegalArgumentException.class, () -> Convolution.convolveTiled(image, Kernel.box(3), 8, 0),
                "A pool needs at least one thread: convolveTiled should throw an IllegalArgumentException.");

        NewThreads threads = NewThreads.since();
        GrayImage tiled = Convolution.convolveTiled(image, Kernel.box(3), 8, 3);
        assertEquals(40, tiled.width(), "convolveTiled should give an image as wide as the one it was given.");
        List<Thread> alive = threads.stillAliveAfter(2_000);
        assertTrue(alive.isEmpty(), "2 s after convolveTiled returned, threads it started are still alive: "
                + NewThreads.describe(alive) + ". Shut the pool down (create it in a try-with-resources statement, "
                + "or call shutdown() in a finally block): otherwise its threads wait for more tiles forever.");
    }
}
