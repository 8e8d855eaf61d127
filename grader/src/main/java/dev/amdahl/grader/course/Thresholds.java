package dev.amdahl.grader.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Points by thresholds, as a rubric writes them: {@code 60:2, 80:4, 90:5} gives 2 points from 60 % on, 4 from
 * 80 % and 5 from 90 %. Each step holds the total reached there, so both columns only grow.
 *
 * @param steps the thresholds, lowest first
 */
public record Thresholds(List<Step> steps) {

    /**
     * One threshold.
     *
     * @param percent the least percentage that reaches it, 0 to 100
     * @param points  the points from there on (a total, not an increment)
     */
    public record Step(double percent, double points) {
    }

    public Thresholds {
        steps = List.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (!(step.percent() >= 0 && step.percent() <= 100) || !(step.points() > 0)) {
                throw new IllegalArgumentException("a threshold is a percentage from 0 to 100 and more than 0 points,"
                        + " not " + step.percent() + ":" + step.points());
            }
            if (i > 0 && (step.percent() <= steps.get(i - 1).percent() || step.points() <= steps.get(i - 1).points())) {
                throw new IllegalArgumentException("thresholds go up in both percentage and points, lowest first: "
                        + steps.get(i - 1).percent() + ":" + steps.get(i - 1).points() + " comes before "
                        + step.percent() + ":" + step.points());
            }
        }
    }

    /** No steps: nothing is earned by thresholds. */
    public static Thresholds none() {
        return new Thresholds(List.of());
    }

    /** Parses {@code "60:2, 80:4, 90:5"}; an empty text has no thresholds. */
    public static Thresholds parse(String text) {
        List<Step> steps = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.strip().split(":");
            if (pair.length != 2) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not PERCENT:POINTS, as in 80:4");
            }
            try {
                steps.add(new Step(Double.parseDouble(pair[0].strip().replace("%", "")),
                        Double.parseDouble(pair[1].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not PERCENT:POINTS, as in 80:4");
            }
        }
        return new Thresholds(steps);
    }

    /** The most these thresholds give. */
    public double maxPoints() {
        return steps.isEmpty() ? 0 : steps.getLast().points();
    }

    /** What each step adds to the one before it: the points a student earns on reaching it. */
    public double increment(int index) {
        return steps.get(index).points() - (index == 0 ? 0 : steps.get(index - 1).points());
    }

    @Override
    public String toString() {
        return String.join(", ", steps.stream()
                .map(s -> String.format(Locale.ROOT, "%s:%s", plain(s.percent()), plain(s.points()))).toList());
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
