package dev.amdahl.grader.cli;

import dev.amdahl.grader.course.Quantities;
import dev.amdahl.grader.report.ReportFormat;
import dev.amdahl.grader.scoring.LatePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** Option values the way people write them: {@code 90s}, {@code 3m}; {@code 512m}, {@code 2g}; {@code markdown}. */
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

    /**
     * A format by its lower-case name (any case is accepted). Picocli's own enum conversion would list every
     * value twice in its error, once by constant and once by name.
     */
    static final class ReportFormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return Arrays.stream(ReportFormat.values()).filter(format -> format.toString().equalsIgnoreCase(value))
                    .findFirst().orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
                            + "' is not a format: write one of " + Arrays.stream(ReportFormat.values())
                            .map(ReportFormat::toString).collect(Collectors.joining(", ")) + "."));
        }
    }
}
