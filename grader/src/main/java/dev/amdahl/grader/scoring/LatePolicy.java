package dev.amdahl.grader.scoring;

import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Quantities;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How late work loses points, from a course's {@value #FILE}:
 *
 * <pre>
 * due     = 2026-12-01T23:59:00+01:00   # with its offset: a due date means one instant for everyone
 * grace   = 15m                         # late by less than this counts as on time
 * penalty = 10%                         # of the points earned, per started day (or hour) late
 * per     = day                         # day | hour
 * cap     = 50%                         # the most lateness can take
 * extension.alice = 2026-12-03T23:59:00+01:00   # one student's own due date
 * </pre>
 *
 * The submission time is given by whoever submits it (the LMS, the recorded push time, a flag), never read
 * from commit dates, which a student sets.
 */
public record LatePolicy(Instant due, Duration grace, BigDecimal penaltyPercent, Unit per, BigDecimal capPercent,
        Map<String, Instant> extensions) {

    public static final String FILE = "late-policy.properties";

    /** What one step of lateness is. */
    public enum Unit {
        DAY(Duration.ofDays(1)), HOUR(Duration.ofHours(1));

        private final Duration length;

        Unit(Duration length) {
            this.length = length;
        }

        /** How long one step of lateness lasts: a penalty is charged for each started step. */
        public Duration length() {
            return length;
        }
    }

    public LatePolicy {
        extensions = Map.copyOf(extensions);
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative");
        }
        if (penaltyPercent.signum() < 0 || capPercent.signum() < 0
                || capPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("penalty must be 0% or more and cap between 0% and 100%");
        }
    }

    /** The student's due date: their extension, else the course's. */
    public Instant dueFor(String student) {
        return student == null ? due : extensions.getOrDefault(student, due);
    }

    /** How late {@code submittedAt} is for {@code student} (may be null), and what it costs in percent. */
    public Lateness assess(Instant submittedAt, String student) {
        Instant dueDate = dueFor(student);
        Duration late = Duration.between(dueDate.plus(grace), submittedAt);
        if (late.isNegative() || late.isZero()) {
            return new Lateness(submittedAt, dueDate, grace, Duration.ZERO, 0, per, BigDecimal.ZERO);
        }
        long units = (late.toMillis() + per.length().toMillis() - 1) / per.length().toMillis(); // a started day counts
        BigDecimal percent = penaltyPercent.multiply(BigDecimal.valueOf(units)).min(capPercent);
        return new Lateness(submittedAt, dueDate, grace, late, units, per, percent);
    }

    /** The policy in {@code file}. */
    public static LatePolicy load(Path file) throws CourseException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new CourseException("Cannot read the late policy " + file + ": " + e.getMessage());
        }
        try {
            Map<String, Instant> extensions = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("extension.")) {
                    extensions.put(key.substring("extension.".length()), instant(properties.getProperty(key), key));
                } else if (!Map.of("due", 0, "grace", 0, "penalty", 0, "per", 0, "cap", 0).containsKey(key)) {
                    throw new IllegalArgumentException("unknown key '" + key
                            + "'; the keys are due, grace, penalty, per, cap and extension.<student>");
                }
            }
            String due = properties.getProperty("due");
            if (due == null) {
                throw new IllegalArgumentException("'due' is missing: write e.g. due = 2026-12-01T23:59:00+01:00");
            }
            Unit per;
            try {
                per = Unit.valueOf(properties.getProperty("per", "day").strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("per = " + properties.getProperty("per") + ": write day or hour");
            }
            return new LatePolicy(instant(due, "due"),
                    Optional.ofNullable(properties.getProperty("grace")).map(Quantities::duration)
                            .orElse(Duration.ZERO),
                    percent(properties.getProperty("penalty", "0%"), "penalty"), per,
                    percent(properties.getProperty("cap", "100%"), "cap"), extensions);
        } catch (IllegalArgumentException e) {
            throw new CourseException(file + ": " + e.getMessage());
        }
    }

    /** An instant with its offset, e.g. 2026-12-01T23:59:00+01:00 or 2026-12-01T22:59:00Z. */
    public static Instant instant(String value, String what) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " = " + value.strip() + " is not a date and time with an offset; "
                    + "write e.g. 2026-12-01T23:59:00+01:00 or 2026-12-01T22:59:00Z");
        }
    }

    private static BigDecimal percent(String value, String key) {
        String text = value.strip();
        if (!text.endsWith("%")) {
            throw new IllegalArgumentException(key + " = " + text + ": write a percentage such as 10%");
        }
        try {
            return new BigDecimal(text.substring(0, text.length() - 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " = " + text + ": write a percentage such as 10%");
        }
    }
}
