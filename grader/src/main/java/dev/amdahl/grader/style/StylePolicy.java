package dev.amdahl.grader.style;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What a course does with style findings, category by category. By default every category is feedback: shown,
 * worth nothing, so that style costs points only where an instructor asked for it.
 *
 * <p>In a course's settings file, for each category key ({@code naming}, {@code formatting}, {@code complexity},
 * {@code documentation}, {@code likely-bugs}):
 * <pre>
 * style.naming = graded        # off | feedback | graded
 * style.naming.penalty = 0.5   # points per finding
 * style.naming.cap = 2         # the most it can cost, and so what it is worth
 * </pre>
 * A penalty or cap of a category that is not graded is accepted and ignored, so that switching a category
 * between graded and feedback is a one-line change.
 *
 * @param rules how each category counts; every category has one
 */
public record StylePolicy(Map<StyleCategory, CategoryRule> rules) {

    /** Every key of this policy starts with this; other keys of the settings file belong to others. */
    public static final String PREFIX = "style.";

    private static final String PENALTY = ".penalty";
    private static final String CAP = ".cap";

    public StylePolicy {
        Map<StyleCategory, CategoryRule> copy = new EnumMap<>(StyleCategory.class);
        copy.putAll(rules);
        if (copy.size() != StyleCategory.values().length) {
            throw new IllegalArgumentException("a style policy needs a rule for every category, not only "
                    + copy.keySet());
        }
        rules = Collections.unmodifiableMap(copy);
    }

    /** Every category shown as feedback, none graded. */
    public static StylePolicy defaults() {
        Map<StyleCategory, CategoryRule> rules = new EnumMap<>(StyleCategory.class);
        for (StyleCategory category : StyleCategory.values()) {
            rules.put(category, CategoryRule.feedback());
        }
        return new StylePolicy(rules);
    }

    /**
     * Reads the {@code style.*} keys of a settings file; other keys are left to others. A category without a
     * key stays feedback.
     *
     * @param properties the settings
     * @param source     where they came from, e.g. {@code course.properties}, for the error messages
     * @throws IllegalArgumentException for an unknown {@code style.} key, a treatment that is not off, feedback
     *                                  or graded, a number that is not a number of 0 or more, or a graded
     *                                  category without a penalty and a cap above 0; the message names the
     *                                  file, the key and what to write instead
     */
    public static StylePolicy parse(Properties properties, String source) {
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && !validKeys().contains(key)) {
                throw new IllegalArgumentException(source + ": unknown key " + key + "; the style keys are "
                        + String.join(", ", validKeys()));
            }
        }
        Map<StyleCategory, CategoryRule> rules = new EnumMap<>(StyleCategory.class);
        for (StyleCategory category : StyleCategory.values()) {
            rules.put(category, rule(properties, source, category));
        }
        return new StylePolicy(rules);
    }

    /** The points style is worth: the caps of the graded categories added up. */
    public double possible() {
        return round(rules.values().stream()
                .filter(rule -> rule.treatment() == Treatment.GRADED)
                .mapToDouble(CategoryRule::cap)
                .sum());
    }

    /** What these findings cost under this policy, and which of them the student sees. */
    public StyleScore score(List<StyleFinding> findings) {
        Map<StyleCategory, Long> counts = findings.stream()
                .collect(Collectors.groupingBy(StyleFinding::category, Collectors.counting()));
        Map<StyleCategory, CategoryScore> categories = new EnumMap<>(StyleCategory.class);
        double deducted = 0;
        for (StyleCategory category : StyleCategory.values()) {
            CategoryRule rule = rules.get(category);
            int count = Math.toIntExact(counts.getOrDefault(category, 0L));
            boolean graded = rule.treatment() == Treatment.GRADED;
            double cost = graded ? round(Math.min(rule.cap(), count * rule.penalty())) : 0;
            categories.put(category, new CategoryScore(rule.treatment(), count, cost, graded ? rule.cap() : 0));
            deducted += cost;
        }
        List<StyleFinding> shown = findings.stream()
                .filter(finding -> rules.get(finding.category()).treatment() != Treatment.OFF)
                .toList();
        double possible = possible();
        return new StyleScore(round(Math.max(0, possible - deducted)), possible, categories, shown);
    }

    private static CategoryRule rule(Properties properties, String source, StyleCategory category) {
        String key = PREFIX + category.key();
        String value = properties.getProperty(key);
        Treatment treatment = value == null ? Treatment.FEEDBACK : treatment(source, key, value);
        double penalty = number(properties, source, key + PENALTY);
        double cap = number(properties, source, key + CAP);
        if (treatment == Treatment.GRADED) {
            if (penalty <= 0) {
                throw new IllegalArgumentException(source + ": " + key + " is graded, so " + key + PENALTY
                        + " must be the points each finding costs, above 0: write e.g. " + key + PENALTY + " = 0.5");
            }
            if (cap <= 0) {
                throw new IllegalArgumentException(source + ": " + key + " is graded, so " + key + CAP
                        + " must be the most its findings can cost, above 0: write e.g. " + key + CAP + " = 2");
            }
        }
        return new CategoryRule(treatment, penalty, cap);
    }

    private static Treatment treatment(String source, String key, String value) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Treatment.values())
                .filter(t -> t.name().toLowerCase(Locale.ROOT).equals(word))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(source + ": " + key + " = " + value.strip()
                        + " is not a treatment: write " + key + " = off, feedback or graded"));
    }

    /** The number under {@code key}, 0 when absent. */
    private static double number(Properties properties, String source, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            return 0;
        }
        double number;
        try {
            number = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            number = Double.NaN;
        }
        if (!Double.isFinite(number) || number < 0) {
            throw new IllegalArgumentException(source + ": " + key + " = " + value.strip()
                    + " is not a number of 0 or more: write e.g. " + key + " = 0.5 (a dot before the decimals)");
        }
        return number;
    }

    private static List<String> validKeys() {
        List<String> keys = new ArrayList<>();
        for (StyleCategory category : StyleCategory.values()) {
            String key = PREFIX + category.key();
            keys.addAll(List.of(key, key + PENALTY, key + CAP));
        }
        return keys;
    }

    /** To the hundredth, so that 0.1 + 0.2 shows as 0.3. */
    private static double round(double points) {
        return BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
