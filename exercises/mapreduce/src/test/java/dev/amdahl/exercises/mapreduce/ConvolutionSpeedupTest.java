package dev.amdahl.exercises.mapreduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.SpeedupCase;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** No points: checks that the timing lane's declaration for the convolution gives checked answers. */
@DisplayName("the convolution's speedup timing declaration (no points)")
@Order(6)
class ConvolutionSpeedupTest {

    @Test
    @DisplayName("tiled and whole images agree, and an image one bit off is refused")
    @Order(1)
    void declarationIsConsistent() {
        ConvolutionSpeedup timing = new ConvolutionSpeedup();
        GrayImage image = timing.input(450, 7);

        assertEquals(image, timing.input(450, 7), "the same seed gives the same input");
        assertEquals(450, image.width(), "size is the width of the square image");
        assertTrue(timing.check(image, timing.parallel(image, 2)), "the tiled image should pass the check");
        double[] pixels = timing.sequential(image).pixels();
        pixels[pixels.length - 1] = Math.nextUp(pixels[pixels.length - 1]);
        assertFalse(timing.check(image, new GrayImage(450, 450, pixels)), "an image one ulp off in one pixel must "
                + "not pass the check");
        assertFalse(timing.check(image, null), "no image must not pass the check");
        String expected = timing.fingerprint(timing.sequential(image));
        assertTrue(timing.matches(image, expected, timing.fingerprint(timing.parallel(image, 2))),
                "the tiled image's fingerprint should match");
        assertFalse(timing.matches(image, expected, timing.fingerprint(new GrayImage(450, 450, pixels))),
                "an image one ulp off in one pixel must not match");
    }

    @Test
    @DisplayName("the images of different seeds share no pixel, so no tile convolved once helps again")
    @Order(2)
    void inputsOfDifferentSeedsShareNoPixel() {
        ConvolutionSpeedup timing = new ConvolutionSpeedup();
        Set<Double> first = Arrays.stream(timing.input(200, 7).pixels()).boxed().collect(Collectors.toSet());
        for (long seed : new long[] {8, 6, 7 + SpeedupCase.DISTINCT_SEEDS - 1}) {
            assertTrue(Arrays.stream(timing.input(200, seed).pixels()).noneMatch(first::contains),
                    "seeds 7 and " + seed + " share a pixel");
        }
    }
}
