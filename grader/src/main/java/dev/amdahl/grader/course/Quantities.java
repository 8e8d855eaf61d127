package dev.amdahl.grader.course;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations and sizes the way people write them: {@code 90s}, {@code 3m}; {@code 512m}, {@code 2g}. */
public final class Quantities {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg])i?b?");

    private Quantities() {
    }

    /** Parses a positive duration such as {@code 500ms}, {@code 90s}, {@code 3m} or {@code 1h}. */
    public static Duration duration(String value) {
        Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
            if (!d.isZero()) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a duration: write e.g. 90s, 3m or 1h");
    }

    /** A duration as a person reads it: "850 ms", "30 s", "1 min 30 s", "2 h 5 min" (never "PT1M30S"). */
    public static String words(Duration duration) {
        if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
            return duration.toMillis() + " ms";
        }
        if (duration.compareTo(Duration.ofMinutes(1)) < 0) {
            return duration.toSeconds() + " s";
        }
        if (duration.compareTo(Duration.ofHours(1)) < 0) {
            return duration.toMinutes() + " min" + (duration.toSecondsPart() == 0 ? ""
                    : " " + duration.toSecondsPart() + " s");
        }
        return duration.toHours() + " h" + (duration.toMinutesPart() == 0 ? ""
                : " " + duration.toMinutesPart() + " min");
    }

    /**
     * Parses a size in bytes such as {@code 512k}, {@code 512m} or {@code 2g}, powers of 1024 (a trailing {@code b} or
     * {@code ib} is allowed).
     */
    public static long bytes(String value) {
        Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a size: write e.g. 512m or 2g");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "k" -> amount * 1024;
            case "m" -> amount * 1024 * 1024;
            default -> amount * 1024 * 1024 * 1024;
        };
    }
}
