package dev.amdahl.exercises.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole program, by split, apply, combine: reads every log file of a folder, cuts their lines into chunks
 * (split), summarizes the chunks on a pool of threads (apply), adds the summaries up (combine) and writes the
 * report.
 */
public final class LogReport {

    /** How many threads {@link #run(Path, Path)} summarizes on. */
    public static final int DEFAULT_THREADS = 4;

    /** How many lines a chunk holds at most in {@link #run(Path, Path)}. */
    public static final int DEFAULT_CHUNK_LINES = 1000;

    private LogReport() {
    }

    /**
     * Writes the report of a folder's log files, with {@link #DEFAULT_THREADS} threads and chunks of at most
     * {@link #DEFAULT_CHUNK_LINES} lines.
     *
     * @param inputFolder the folder with the log files
     * @param reportFile  where to write the report
     * @return the summary the report was written from
     * @throws IOException if the folder or a log file cannot be read, a log file is not valid UTF-8, or the
     *                     report cannot be written
     */
    public static LogSummary run(Path inputFolder, Path reportFile) throws IOException {
        return run(inputFolder, reportFile, DEFAULT_THREADS, DEFAULT_CHUNK_LINES);
    }

    /**
     * Writes the report of a folder's log files ({@link LogFiles#listLogFiles(Path)}): reads each one in UTF-8,
     * cuts its lines into chunks of at most {@code chunkLines} lines (a chunk never holds lines of two files),
     * summarizes the chunks on {@code threads} threads, combines the summaries and writes the report
     * ({@link ReportWriter#write(LogSummary, Path)}). The report does not depend on {@code threads} or
     * {@code chunkLines}. A folder without log files gives a report without rows.
     *
     * @param inputFolder the folder with the log files
     * @param reportFile  where to write the report
     * @param threads     how many threads summarize chunks, at least 1
     * @param chunkLines  how many lines a chunk holds at most, at least 1
     * @return the summary the report was written from
     * @throws IllegalArgumentException if {@code threads} or {@code chunkLines} is less than 1; nothing is read
     *                                  or written then
     * @throws IOException if the folder or a log file cannot be read, a log file is not valid UTF-8, or the
     *                     report cannot be written; no report is written when reading fails
     */
    public static LogSummary run(Path inputFolder, Path reportFile, int threads, int chunkLines)
            throws IOException {
        if (threads < 1 || chunkLines < 1) {
            throw new IllegalArgumentException("threads and chunkLines must be at least 1, not " + threads
                    + " and " + chunkLines);
        }
        List<List<String>> chunks = new ArrayList<>();
        for (Path file : LogFiles.listLogFiles(inputFolder)) {
            chunks.addAll(LogFiles.chunk(LogFiles.readLines(file), chunkLines));
        }
        LogSummary summary = summarize(chunks, threads);
        ReportWriter.write(summary, reportFile);
        return summary;
    }

    /**
     * Apply and combine: summarizes each chunk on a pool of {@code threads} threads and combines the summaries.
     * The pool is shut down before this method returns.
     *
     * @param chunks  the chunks of lines
     * @param threads how many threads, at least 1
     * @return the combined summary of all the chunks; {@link LogSummary#EMPTY} for none
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public static LogSummary summarize(List<List<String>> chunks, int threads) {
        List<Future<LogSummary>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (List<String> chunk : chunks) {
                futures.add(pool.submit(() -> LogSummary.of(chunk)));
            }
        }
        LogSummary total = LogSummary.EMPTY;
        for (Future<LogSummary> future : futures) {
            total = total.combine(future.resultNow());
        }
        return total;
    }
}
