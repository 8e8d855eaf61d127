package dev.amdahl.grader.cli;

import dev.amdahl.grader.course.Quantities;
import dev.amdahl.grader.scoring.LatePolicy;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine;

/** Option values the way people write them: {@code 90s}, {@code 3m}; {@code 512m}, {@code 2g}. */
final class Converters {

    private Converters() {
    }

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Quantities.duration(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return LatePolicy.instant(value, "--submitted-at");
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class ByteSizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Quantities.bytes(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
