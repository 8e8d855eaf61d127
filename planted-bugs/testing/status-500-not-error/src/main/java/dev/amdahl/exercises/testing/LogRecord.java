package dev.amdahl.exercises.testing;

import java.time.Instant;

/**
 * One request, as one line of a log file describes it (see {@link LogParser} for the format).
 *
 * @param time   when the request arrived
 * @param method the HTTP method, such as {@code GET}
 * @param path   the path that was requested, without its query string ({@code /search}, not
 *               {@code /search?q=amdahl})
 * @param status the HTTP status code of the response
 * @param bytes  how many bytes the response body held
 * @param millis how many milliseconds the server took to respond
 */
public record LogRecord(Instant time, String method, String path, int status, long bytes, long millis) {

    /**
     * Whether the response was a client error: a status from 400 to 499.
     *
     * @return {@code true} for a status in {@code 400..499}
     */
    public boolean isClientError() {
        return status >= 400 && status < 500;
    }

    /**
     * Whether the response was a server error: a status of 500 or more (5xx).
     *
     * @return {@code true} for a status of at least 500
     */
    public boolean isServerError() {
        return status > 500;
    }
}
