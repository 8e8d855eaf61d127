package dev.amdahl.grader.gradebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.sqlite.SQLiteConfig;

/**
 * The gradebook's SQLite file: its one connection, its schema, and the one lock under which every part of the
 * gradebook ({@link SettingsGuard}, {@link WorkQueue}, {@link ResultStore}, {@link GitFetchLog}) works. A change is
 * one {@link #inTransaction transaction}, written through to the disk before it returns (WAL,
 * {@code synchronous=FULL}); one transaction runs at a time in this process, and SQLite's write lock, taken when a
 * transaction begins, keeps other processes out meanwhile.
 */
final class GradebookDatabase {

    /** How long to wait for another process's write (a second grader on the same folder) before failing. */
    private static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private final Path file;
    private final Clock clock;
    private final Connection connection;

    private GradebookDatabase(Path file, Clock clock, Connection connection) {
        this.file = file;
        this.clock = clock;
        this.connection = connection;
    }

    /** Opens the file, creating it (and its folder) when missing and bringing an older one up to date. */
    static GradebookDatabase open(Path file, Clock clock) throws GradebookException {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new GradebookException("Cannot create the folder " + absolute.getParent() + " for the gradebook ("
                    + e.getMessage() + "). Check the --out folder and its permissions.", e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        // Take the write lock when a transaction begins, not at its first write: two processes can then never
        // both read a submission as pending and both claim it.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection connection;
        try {
            connection = config.createConnection("jdbc:sqlite:" + absolute);
        } catch (SQLException e) {
            throw new GradebookException("Cannot open the gradebook " + absolute + " (" + e.getMessage()
                    + "). If this file is not a gradebook, choose another --out folder; otherwise check the folder's"
                    + " permissions.", e);
        }
        try {
            GradebookSchema.migrate(connection, absolute);
            return new GradebookDatabase(absolute, clock, connection);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new GradebookException("Cannot read the gradebook " + absolute + " (" + e.getMessage()
                    + "). If this file is not a gradebook, choose another --out folder.", e);
        } catch (GradebookException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    /** Where the gradebook is (absolute). */
    Path file() {
        return file;
    }

    /** The time to store as "now", by the gradebook's clock. */
    String now() {
        return StoredTime.format(clock.instant());
    }

    /** Work done in one transaction, on the gradebook's connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it (rolled back on any error).
     *
     * @param what what the work does, for the message if it fails ("claim a submission")
     * @throws IllegalStateException if the database fails, with a message for the instructor
     */
    synchronized <T> T inTransaction(String what, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(String.format(Locale.ROOT, "Could not %s in the gradebook %s (%s). Check"
                + " that the disk is not full and that no other amdahl uses this --out folder, then run the same"
                + " command again: it resumes where it stopped.", what, file, e.getMessage()), e);
    }
}
