package dev.amdahl.grader.gradebook;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.amdahl.grader.scoring.GradeReport;
import java.io.UncheckedIOException;

/**
 * A {@link GradeReport} as the JSON text the gradebook stores, and back. The text carries a format version, so a
 * gradebook written by a newer grader is refused instead of misread.
 */
final class ReportCodec {

    /** Raise when a stored report could no longer be read as written (a component renamed, a meaning changed). */
    static final int FORMAT = 1;

    private static final String FORMAT_FIELD = "format";

    /** What is stored: the report with the format it was written in. */
    record Stored(int format, GradeReport report) {
    }

    // Records are written from their components only: helpers such as Lateness.isLate() or
    // GradeReport.earned() would otherwise be written as if they were data (and isLate() would clash with late()).
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ReportCodec() {
    }

    /** The report as JSON text, with its format version. */
    static String encode(GradeReport report) {
        try {
            return MAPPER.writeValueAsString(new Stored(FORMAT, report));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the report of " + report.submission() + " as JSON", e);
        }
    }

    /** The report {@link #encode} wrote. */
    static GradeReport decode(String json) throws GradebookException {
        JsonNode envelope;
        try {
            envelope = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new GradebookException("A stored report is not valid JSON (" + e.getOriginalMessage()
                    + "). Regrade the submission to record a new one.", e);
        }
        JsonNode format = envelope == null ? null : envelope.get(FORMAT_FIELD);
        if (format == null || !format.canConvertToInt()) {
            throw new GradebookException("A stored report has no format version, so it was not written by amdahl."
                    + " Regrade the submission to record a new one.");
        }
        if (format.intValue() > FORMAT) {
            throw new GradebookException("A stored report has format " + format.intValue()
                    + ", newer than this amdahl reads (" + FORMAT + "): a newer amdahl wrote this gradebook."
                    + " Use that version, or a new --out folder.");
        }
        // Read again from the text, not from the tree: a tree keeps decimals as doubles, and BigDecimal's scale
        // (a late penalty's percent) would not survive.
        try {
            return MAPPER.readValue(json, Stored.class).report();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new GradebookException("A stored report cannot be read (" + e.getMessage()
                    + "). Regrade the submission to record a new one.", e);
        }
    }
}
