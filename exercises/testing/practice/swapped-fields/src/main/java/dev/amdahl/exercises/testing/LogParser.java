package dev.amdahl.exercises.testing;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one line of a web server's log. A good line holds exactly six fields, separated by one or more
 * whitespace characters (leading and trailing whitespace is ignored):
 *
 * <pre>{@code
 * 2026-03-01T12:00:05Z GET /search?q=amdahl 200 5120 37
 * <time>               <method> <path>      <status> <bytes> <millis>
 * }</pre>
 *
 * <ul>
 *   <li>{@code time}: an ISO-8601 instant in UTC, as {@link Instant#parse(CharSequence)} reads it;</li>
 *   <li>{@code method}: one or more capital letters {@code A} to {@code Z};</li>
 *   <li>{@code path}: starts with {@code /}; everything from the first {@code ?} on (the query string) is
 *       dropped, so {@code /search?q=amdahl} counts as {@code /search}; other characters are kept as written;</li>
 *   <li>{@code status}: three digits from {@code 100} to {@code 599};</li>
 *   <li>{@code bytes}: 1 to 18 digits {@code 0-9}, or a single {@code -}, which means 0 bytes;</li>
 *   <li>{@code millis}: 1 to 18 digits {@code 0-9}.</li>
 * </ul>
 *
 * <p>Any other line, a blank one included, is malformed.
 */
public final class LogParser {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern METHOD = Pattern.compile("[A-Z]+");
    private static final Pattern STATUS = Pattern.compile("[1-5][0-9][0-9]");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,18}");
    private static final int FIELDS = 6;

    private LogParser() {
    }

    /**
     * Parses one line of a log.
     *
     * @param line a line, without its line end
     * @return the request the line describes, or empty if the line is malformed
     */
    public static Optional<LogRecord> parse(String line) {
        String[] fields = WHITESPACE.split(line.strip());
        if (fields.length != FIELDS) {
            return Optional.empty();
        }
        Instant time;
        try {
            time = Instant.parse(fields[0]);
        } catch (DateTimeParseException notAnInstant) {
            return Optional.empty();
        }
        if (!METHOD.matcher(fields[1]).matches() || !fields[2].startsWith("/")
                || !STATUS.matcher(fields[3]).matches() || !isBytes(fields[4])
                || !COUNT.matcher(fields[5]).matches()) {
            return Optional.empty();
        }
        long bytes = "-".equals(fields[4]) ? 0 : Long.parseLong(fields[4]);
        return Optional.of(new LogRecord(time, fields[1], withoutQuery(fields[2]), Integer.parseInt(fields[3]),
                Long.parseLong(fields[5]), bytes));
    }

    private static boolean isBytes(String field) {
        return "-".equals(field) || COUNT.matcher(field).matches();
    }

    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
