package dev.amdahl.exercises.testing;

/**
 * What the log says about one path: a partial aggregate that {@link #combine(PathStats)} adds up.
 *
 * @param requests     how many requests asked for the path
 * @param clientErrors how many of them got a client error (4xx)
 * @param serverErrors how many of them got a server error (5xx)
 * @param bytes        the bytes of all their responses together
 * @param totalMillis  their response times together, in milliseconds
 * @param maxMillis    the longest of their response times, in milliseconds; 0 for no requests
 */
public record PathStats(long requests, long clientErrors, long serverErrors, long bytes, long totalMillis,
                        long maxMillis) {

    /** No requests at all: combining it with any stats gives those stats. */
    public static final PathStats EMPTY = new PathStats(0, 0, 0, 0, 0, 0);

    /**
     * The stats of a single request.
     *
     * @param record the request
     * @return one request, with the record's error class, bytes and response time
     */
    public static PathStats of(LogRecord record) {
        return new PathStats(1, record.isClientError() ? 1 : 0, record.isServerError() ? 1 : 0, record.bytes(),
                record.millis(), record.millis());
    }

    /**
     * Combines the stats of two disjoint sets of requests for the same path. Neither is changed.
     *
     * @param other the stats of the other requests
     * @return counts, bytes and total times added up; the larger of the two maximum times
     */
    public PathStats combine(PathStats other) {
        return new PathStats(requests + other.requests, clientErrors + other.clientErrors,
                serverErrors + other.serverErrors, bytes + other.bytes, totalMillis + other.totalMillis,
                other.requests > 0 ? other.maxMillis : maxMillis);
    }
}
