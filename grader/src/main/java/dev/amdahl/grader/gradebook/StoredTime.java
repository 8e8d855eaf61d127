package dev.amdahl.grader.gradebook;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the gradebook stores them: UTC text of one fixed width, so that SQL orders them as time does and a
 * person reading the database sees a date.
 */
final class StoredTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private StoredTime() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }
}
