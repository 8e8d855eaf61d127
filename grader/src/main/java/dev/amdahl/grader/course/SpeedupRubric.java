package dev.amdahl.grader.course;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;

/**
 * How an exercise's parallel versions are timed and scored, from the {@code speedup} keys of its rubric:
 *
 * <pre>
 * speedup = PrimeCountingSpeedup:4        # CASE:POINTS, comma-separated: SpeedupCase classes of the tests
 * speedup.full-at = 0.8                   # full points from this share of the reference's speedup
 * speedup.floor-at = 0.3                  # nothing below it; linear in between
 * speedup.max-spread = 0.2                # noisier trials (IQR / median of the ratios) are measured again
 * speedup.retries = 2                     # that many times, then a human decides
 * speedup.trials = 7                      # interleaved trials per attempt
 * speedup.warmups = 2                     # untimed rounds first
 * speedup.size = 3000000                  # the input size; default: the case's defaultSize()
 * speedup.reference-gain = 0.5            # the reference must gain this share of every extra core, or no score
 * </pre>
 *
 * @param cases         each timed case and its points
 * @param referenceGain the share of each core beyond the first that the reference's own speedup must show for a
 *                      measurement to be scored: with 0.5, at least 1.5 on 2 cores, 2.5 on 4
 */
public record SpeedupRubric(List<Case> cases, double fullAt, double floorAt, double maxSpread, int retries,
        int trials, int warmups, OptionalInt size, double referenceGain) {

    /** The reference's share of each extra core unless the rubric says otherwise. */
    public static final double DEFAULT_REFERENCE_GAIN = 0.5;

    /** One timed case: a class of the exercise's tests that implements {@code SpeedupCase}, and its points. */
    public record Case(String className, double points) {
    }

    static final Set<String> KEYS = Set.of("speedup", "speedup.full-at", "speedup.floor-at", "speedup.max-spread",
            "speedup.retries", "speedup.trials", "speedup.warmups", "speedup.size", "speedup.reference-gain");

    public SpeedupRubric {
        cases = List.copyOf(cases);
        if (!(floorAt >= 0) || !(fullAt > floorAt)) {
            throw new IllegalArgumentException("speedup.floor-at must be 0 or more and below speedup.full-at");
        }
        if (!(referenceGain >= 0) || !(referenceGain <= 1)) {
            throw new IllegalArgumentException("speedup.reference-gain must be between 0 and 1");
        }
        if (!(maxSpread > 0) || retries < 0 || trials < 3 || warmups < 0) {
            throw new IllegalArgumentException("speedup.max-spread must be above 0, speedup.retries and "
                    + "speedup.warmups 0 or more, and speedup.trials 3 or more");
        }
    }

    /** The total points of the timed cases. */
    public double points() {
        return cases.stream().mapToDouble(Case::points).sum();
    }

    /** The {@code speedup} keys of a rubric; empty cases when there are none. */
    static SpeedupRubric parse(Properties properties, String file) throws CourseException {
        String declared = properties.getProperty("speedup", "").strip();
        if (declared.isEmpty()) {
            for (String key : KEYS) {
                if (properties.containsKey(key)) {
                    throw new CourseException(file + ": '" + key + "' tunes the timing of speedup cases, but "
                            + "'speedup' names none: add speedup = CASE:POINTS.");
                }
            }
            return new SpeedupRubric(List.of(), 0.8, 0.3, 0.2, 2, 7, 2, OptionalInt.empty(), DEFAULT_REFERENCE_GAIN);
        }
        List<Case> cases = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String part : declared.split(",")) {
            String[] pair = part.strip().split(":");
            if (pair.length != 2 || pair[0].isBlank()) {
                throw new CourseException(file + ": speedup = " + declared + ": each case is CASE:POINTS, e.g. "
                        + "speedup = PrimeCountingSpeedup:4.");
            }
            double points = number(pair[1], "speedup", file);
            if (!(points > 0)) {
                throw new CourseException(file + ": speedup = " + declared + ": " + pair[0].strip()
                        + " must be worth more than 0 points.");
            }
            if (!seen.add(pair[0].strip())) {
                throw new CourseException(file + ": speedup names " + pair[0].strip() + " twice.");
            }
            cases.add(new Case(pair[0].strip(), points));
        }
        String sizeText = properties.getProperty("speedup.size");
        OptionalInt size = sizeText == null ? OptionalInt.empty() : OptionalInt.of(whole(sizeText, "speedup.size",
                file, 1));
        try {
            return new SpeedupRubric(cases,
                    number(properties.getProperty("speedup.full-at", "0.8"), "speedup.full-at", file),
                    number(properties.getProperty("speedup.floor-at", "0.3"), "speedup.floor-at", file),
                    number(properties.getProperty("speedup.max-spread", "0.2"), "speedup.max-spread", file),
                    whole(properties.getProperty("speedup.retries", "2"), "speedup.retries", file, 0),
                    whole(properties.getProperty("speedup.trials", "7"), "speedup.trials", file, 3),
                    whole(properties.getProperty("speedup.warmups", "2"), "speedup.warmups", file, 0), size,
                    number(properties.getProperty("speedup.reference-gain", Double.toString(DEFAULT_REFERENCE_GAIN)),
                            "speedup.reference-gain", file));
        } catch (IllegalArgumentException e) {
            throw new CourseException(file + ": " + e.getMessage() + ".");
        }
    }

    private static double number(String text, String key, String file) throws CourseException {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new CourseException(file + ": " + key + " = " + text.strip() + " is not a number.");
        }
    }

    private static int whole(String text, String key, String file, int least) throws CourseException {
        try {
            int value = Integer.parseInt(text.strip());
            if (value < least) {
                throw new CourseException(file + ": " + key + " = " + value + " must be " + least + " or more.");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new CourseException(file + ": " + key + " = " + text.strip() + " is not a whole number"
                    .toLowerCase(Locale.ROOT) + ".");
        }
    }
}
