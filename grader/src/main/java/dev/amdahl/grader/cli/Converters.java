package dev.amdahl.grader.cli;

import dev.amdahl.grader.batch.ProgressStyle;
import dev.amdahl.grader.course.Quantities;
import dev.amdahl.grader.report.ReportFormat;
import dev.amdahl.grader.scoring.LatePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
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
     * An enum constant by the name its {@code toString} gives, with an error that lists the names once: picocli's
     * own enum conversion would list every value twice, once by constant and once by name.
     */
    private abstract static class ByName<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
        private final Class<E> type;
        private final boolean anyCase;
        private final BiFunction<String, List<String>, String> refusal;

        /**
         * @param refusal the error for a value that is none of the names, given the value and the names
         */
        ByName(Class<E> type, boolean anyCase, BiFunction<String, List<String>, String> refusal) {
            this.type = type;
            this.anyCase = anyCase;
            this.refusal = refusal;
        }

        @Override
        public E convert(String value) {
            E[] values = type.getEnumConstants();
            return Arrays.stream(values).filter(constant -> anyCase ? constant.toString().equalsIgnoreCase(value)
                    : constant.toString().equals(value)).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException(refusal.apply(value,
                            Arrays.stream(values).map(Object::toString).toList())));
        }
    }

    /** Formats have always been accepted in any case. */
    static final class ReportFormatConverter extends ByName<ReportFormat> {
        ReportFormatConverter() {
            super(ReportFormat.class, true, (value, names) -> "'" + value + "' is not a format: write one of "
                    + String.join(", ", names) + ".");
        }
    }

    static final class SandboxKindConverter extends ByName<SandboxKind> {
        SandboxKindConverter() {
            super(SandboxKind.class, false, (value, names) -> "--sandbox is " + String.join(" or ", names)
                    + ", not '" + value + "'.");
        }
    }

    static final class ProgressStyleConverter extends ByName<ProgressStyle> {
        ProgressStyleConverter() {
            super(ProgressStyle.class, false, (value, names) -> "--progress is one of " + String.join(", ", names)
                    + ", not '" + value + "'.");
        }
    }
}
