package dev.amdahl.grader.gradebook;

import dev.amdahl.grader.course.Quantities;
import dev.amdahl.grader.intake.FetchLog;
import dev.amdahl.grader.intake.Lms;
import dev.amdahl.grader.intake.LmsId;
import dev.amdahl.grader.intake.Registration;
import dev.amdahl.grader.scoring.GradeReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;

/**
 * A batch's gradebook: every submission, where its grading stands, every result recorded for it and every score
 * set by hand, in one SQLite file (usually {@code <out>/gradebook.sqlite}). It is the single source of truth of a
 * batch: exports are regenerated from it.
 *
 * <p>Every change is one transaction, written through to the disk before it returns (WAL, {@code synchronous=FULL}),
 * so a grader killed at any moment, even by {@code kill -9}, leaves either the change or nothing. Nothing recorded is
 * ever deleted: a new result makes the previous one history, and a regrade keeps the current result current until
 * the new one is recorded. A submission has at most one current result and one current override at any time (the
 * database's own unique indexes enforce it).
 *
 * <p>One connection serves every thread; methods are synchronized, and {@link #claim()} hands each pending
 * submission to one caller only, also across processes.
 */
public final class Gradebook implements AutoCloseable, FetchLog {

    /** The gradebook's usual file name in a batch's output folder. */
    public static final String FILE_NAME = "gradebook.sqlite";

    /** How long to wait for another process's write (a second grader on the same folder) before failing. */
    private static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private static final Set<SubmissionState> RECORDED_STATES =
            Set.of(SubmissionState.AWAITING_TIMING, SubmissionState.GRADED, SubmissionState.INCOMPLETE);

    private final Path file;
    private final Clock clock;
    private final Connection connection;

    private Gradebook(Path file, Clock clock, Connection connection) {
        this.file = file;
        this.clock = clock;
        this.connection = connection;
    }

    /**
     * Opens the gradebook in {@code file}, creating it (and its folder) when missing and bringing an older one up to
     * date.
     */
    public static Gradebook open(Path file, Clock clock) throws GradebookException {
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
            return new Gradebook(absolute, clock, connection);
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

    /** Where the gradebook is. */
    public Path file() {
        return file;
    }

    /**
     * Checks that a batch resumes with the settings it was started with (course hash, exercises, hidden tests,
     * timing…): the first call stores them; a later call with other settings is refused, naming each difference.
     */
    public synchronized void checkSettings(Map<String, String> settings) throws GradebookException {
        Map<String, String> wanted = new TreeMap<>(settings);
        List<String> differences = inTransaction("check the batch's settings", () -> {
            Map<String, String> stored = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT name, value FROM settings");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getString(2));
                }
            }
            if (stored.isEmpty()) {
                try (PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?)")) {
                    for (Map.Entry<String, String> setting : wanted.entrySet()) {
                        insert.setString(1, setting.getKey());
                        insert.setString(2, Objects.requireNonNull(setting.getValue(), setting.getKey()));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return List.of();
            }
            return differences(stored, wanted);
        });
        if (!differences.isEmpty()) {
            throw new GradebookException("The batch in " + file.getParent() + " was started with other settings:\n"
                    + differences.stream().map(d -> "  - " + d).collect(Collectors.joining("\n"))
                    + "\nTo resume it, run it with the options it was started with. To grade with these settings,"
                    + " choose a new --out folder.");
        }
    }

    private static List<String> differences(Map<String, String> stored, Map<String, String> wanted) {
        Set<String> names = new TreeSet<>(stored.keySet());
        names.addAll(wanted.keySet());
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            String was = stored.get(name);
            String now = wanted.get(name);
            if (was == null) {
                differences.add(name + ": not set when the batch started, now \"" + readable(now) + "\"");
            } else if (now == null) {
                differences.add(name + ": was \"" + readable(was) + "\", now not set");
            } else if (!was.equals(now)) {
                differences.add(name + ": was \"" + readable(was) + "\", now \"" + readable(now) + "\"");
            }
        }
        return differences;
    }

    /**
     * A stored setting as a person reads it: durations are stored as {@link Duration#toString()} ("PT1M"), which
     * must stay as it is so that batches started by an earlier grader still resume, and are shown as "1 min".
     */
    private static String readable(String value) {
        if (value.startsWith("PT")) {
            try {
                return Quantities.words(Duration.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    /**
     * Adds the submissions not yet in the gradebook as {@link SubmissionState#PENDING}. A known one keeps its state
     * and results; only its name, LMS id and origin are brought up to date. All or nothing.
     *
     * @return how many were new
     */
    public synchronized int register(List<Registration> registrations) {
        Set<String> seen = new HashSet<>();
        for (Registration registration : registrations) {
            if (!seen.add(registration.student())) {
                throw new IllegalArgumentException("two submissions have the id " + registration.student());
            }
        }
        return inTransaction("register the submissions", () -> {
            String now = StoredTime.format(clock.instant());
            int added = 0;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO submissions"
                    + " (student, name, lms_user_id, lms, origin, state, registered_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT (student) DO NOTHING");
                    PreparedStatement update = connection.prepareStatement("UPDATE submissions"
                            + " SET name = ?, lms_user_id = ?, lms = ?, origin = ? WHERE student = ?"
                            + " AND (name <> ? OR lms_user_id <> ? OR lms <> ? OR origin <> ?)")) {
                for (Registration r : registrations) {
                    String lmsUserId = r.lmsId().map(LmsId::value).orElse("");
                    String lms = r.lmsId().map(id -> id.lms().name()).orElse("");
                    insert.setString(1, r.student());
                    insert.setString(2, r.name());
                    insert.setString(3, lmsUserId);
                    insert.setString(4, lms);
                    insert.setString(5, r.origin());
                    insert.setString(6, now);
                    insert.setString(7, now);
                    if (insert.executeUpdate() == 1) {
                        added++;
                        continue;
                    }
                    update.setString(1, r.name());
                    update.setString(2, lmsUserId);
                    update.setString(3, lms);
                    update.setString(4, r.origin());
                    update.setString(5, r.student());
                    update.setString(6, r.name());
                    update.setString(7, lmsUserId);
                    update.setString(8, lms);
                    update.setString(9, r.origin());
                    update.executeUpdate();
                }
            }
            return added;
        });
    }

    /**
     * Puts back the submissions a killed run left {@link SubmissionState#GRADING}, so that they are graded again.
     * Call it only when no other grader uses this gradebook.
     *
     * @return how many
     */
    public synchronized int resumeInterrupted() {
        return inTransaction("resume the interrupted submissions", () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE submissions SET state = 'PENDING', updated_at = ? WHERE state = 'GRADING'")) {
                update.setString(1, StoredTime.format(clock.instant()));
                return update.executeUpdate();
            }
        });
    }

    /**
     * Takes the first pending submission (by id) for grading: it becomes {@link SubmissionState#GRADING}, and no
     * other caller, in this process or another, gets it.
     *
     * @return the submission to grade; empty when none is pending
     */
    public synchronized Optional<Registration> claim() {
        return inTransaction("claim a submission", () -> {
            Optional<Registration> next;
            try (PreparedStatement select = connection.prepareStatement("SELECT student, name, lms_user_id, origin, lms"
                    + " FROM submissions WHERE state = 'PENDING' ORDER BY student LIMIT 1");
                    ResultSet rows = select.executeQuery()) {
                next = rows.next() ? Optional.of(registration(rows)) : Optional.empty();
            }
            if (next.isPresent()) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE submissions"
                        + " SET state = 'GRADING', updated_at = ? WHERE student = ? AND state = 'PENDING'")) {
                    update.setString(1, StoredTime.format(clock.instant()));
                    update.setString(2, next.get().student());
                    if (update.executeUpdate() != 1) {
                        throw new IllegalStateException("the submission " + next.get().student()
                                + " stopped being pending while claimed");
                    }
                }
            }
            return next;
        });
    }

    /**
     * Records {@code report} as the submission's current result and moves it to {@code state}; its previous result
     * becomes history. All or nothing.
     *
     * @param state {@link SubmissionState#AWAITING_TIMING}, {@link SubmissionState#GRADED} or
     *              {@link SubmissionState#INCOMPLETE}
     * @throws IllegalArgumentException if the student is not registered, or for another state
     */
    public void record(String student, GradeReport report, SubmissionState state) {
        if (!RECORDED_STATES.contains(state)) {
            throw new IllegalArgumentException("a result leaves a submission AWAITING_TIMING, GRADED or INCOMPLETE,"
                    + " not " + state + (state == SubmissionState.UNUSABLE ? " (use recordUnusable)" : ""));
        }
        store(student, report, state, "");
    }

    /**
     * Records that the submission's input could not be used, and why: like {@link #record}, with state
     * {@link SubmissionState#UNUSABLE}.
     *
     * @param report  what grading could say (usually exercises without points)
     * @param problem what was wrong with the input, for the instructor
     */
    public void recordUnusable(String student, GradeReport report, String problem) {
        Objects.requireNonNull(problem, "problem must not be null");
        store(student, report, SubmissionState.UNUSABLE, problem);
    }

    private synchronized void store(String student, GradeReport report, SubmissionState state, String problem) {
        Objects.requireNonNull(student, "student must not be null");
        String json = ReportCodec.encode(report);
        inTransaction("record the result of " + student, () -> {
            String now = StoredTime.format(clock.instant());
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE submissions SET state = ?, updated_at = ? WHERE student = ?")) {
                update.setString(1, state.name());
                update.setString(2, now);
                update.setString(3, student);
                if (update.executeUpdate() != 1) {
                    throw new IllegalArgumentException("no submission " + student + " is registered in " + file);
                }
            }
            int attempt;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT coalesce(max(attempt), 0) + 1 FROM results WHERE student = ?")) {
                select.setString(1, student);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    attempt = rows.getInt(1);
                }
            }
            try (PreparedStatement retire = connection.prepareStatement(
                    "UPDATE results SET current = 0 WHERE student = ? AND current = 1")) {
                retire.setString(1, student);
                retire.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO results (seq, student, attempt,"
                    + " recorded_at, state, score, possible, complete, problem, report, current)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                insert.setLong(1, nextSeq());
                insert.setString(2, student);
                insert.setInt(3, attempt);
                insert.setString(4, now);
                insert.setString(5, state.name());
                insert.setDouble(6, report.earned());
                insert.setDouble(7, report.possible());
                insert.setInt(8, report.complete() ? 1 : 0);
                insert.setString(9, problem);
                insert.setString(10, json);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** The submissions whose tests are graded and whose speedups wait for the timing lane, by id. */
    public synchronized List<Registration> awaitingTiming() {
        return inTransaction("list the submissions awaiting timing", () -> {
            List<Registration> waiting = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT student, name, lms_user_id, origin, lms"
                    + " FROM submissions WHERE state = 'AWAITING_TIMING' ORDER BY student");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    waiting.add(registration(rows));
                }
            }
            return waiting;
        });
    }

    /**
     * Asks for the submission to be graded again: it becomes pending, and its current result stays current until
     * the new one is recorded. A submission pending or being graded is left as it is.
     *
     * @return 1 if it was queued, 0 if it already was (or is being graded)
     * @throws GradebookException if no submission has that id
     */
    public synchronized int requestRegrade(String student) throws GradebookException {
        requireKnown(student);
        return regrade("student = ?", student);
    }

    /** Asks for every graded submission to be graded again (see {@link #requestRegrade}); returns how many. */
    public synchronized int requestRegradeAll() {
        return regrade("1 = 1", null);
    }

    /**
     * Asks for the submissions {@link SubmissionState#INCOMPLETE} or {@link SubmissionState#UNUSABLE} to be graded
     * again (see {@link #requestRegrade}); returns how many.
     */
    public synchronized int requestRegradeIncomplete() {
        return regrade("state IN ('INCOMPLETE', 'UNUSABLE')", null);
    }

    private int regrade(String condition, String student) {
        return inTransaction("queue a regrade", () -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE submissions"
                    + " SET state = 'PENDING', updated_at = ?"
                    + " WHERE state IN ('AWAITING_TIMING', 'GRADED', 'INCOMPLETE', 'UNUSABLE') AND " + condition)) {
                update.setString(1, StoredTime.format(clock.instant()));
                if (student != null) {
                    update.setString(2, student);
                }
                return update.executeUpdate();
            }
        });
    }

    /**
     * Sets the submission's score by hand. It counts over every result, those of later regrades included, until a
     * later override supersedes it; earlier overrides stay in the history.
     *
     * @param points the score that counts: a number, 0 or more
     * @param by     who sets it
     * @param reason why, in their words
     * @throws GradebookException if no submission has that id, or a value is missing
     */
    public synchronized void override(String student, double points, String by, String reason)
            throws GradebookException {
        if (!Double.isFinite(points) || points < 0) {
            throw new GradebookException("An override needs a score of 0 or more, not " + points + ".");
        }
        if (by == null || by.isBlank()) {
            throw new GradebookException("An override needs to say who set it: give your name.");
        }
        if (reason == null || reason.isBlank()) {
            throw new GradebookException("An override needs a reason, for the student and for whoever grades next:"
                    + " say why the score is " + points + ".");
        }
        requireKnown(student);
        inTransaction("record the override of " + student, () -> {
            try (PreparedStatement retire = connection.prepareStatement(
                    "UPDATE overrides SET current = 0 WHERE student = ? AND current = 1")) {
                retire.setString(1, student);
                retire.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO overrides"
                    + " (seq, student, points, set_by, reason, set_at, current) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
                insert.setLong(1, nextSeq());
                insert.setString(2, student);
                insert.setDouble(3, points);
                insert.setString(4, by.strip());
                insert.setString(5, reason.strip());
                insert.setString(6, StoredTime.format(clock.instant()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Every submission, by id, with its current result and override. A submission queued for a regrade still shows
     * the result it had, until the new one is recorded.
     *
     * @throws IllegalStateException if a stored report cannot be read (written by a newer amdahl)
     */
    public synchronized List<GradebookEntry> entries() {
        return inTransaction("list the submissions", () -> {
            List<GradebookEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT s.student, s.name, s.lms_user_id,"
                    + " s.origin, s.state, s.updated_at, r.report, r.problem,"
                    + " (SELECT count(*) FROM results a WHERE a.student = s.student),"
                    + " o.points, o.set_by, o.reason, o.set_at, s.lms"
                    + " FROM submissions s"
                    + " LEFT JOIN results r ON r.student = s.student AND r.current = 1"
                    + " LEFT JOIN overrides o ON o.student = s.student AND o.current = 1"
                    + " ORDER BY s.student");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Registration registration = registration(rows, 14);
                    SubmissionState state = SubmissionState.valueOf(rows.getString(5));
                    String json = rows.getString(7);
                    Optional<GradeReport> report = json == null ? Optional.empty()
                            : Optional.of(decode(registration.student(), json));
                    String problem = state == SubmissionState.UNUSABLE && rows.getString(8) != null
                            ? rows.getString(8) : "";
                    Optional<ScoreOverride> override = rows.getString(11) == null ? Optional.empty()
                            : Optional.of(new ScoreOverride(rows.getDouble(10), rows.getString(11),
                                    rows.getString(12), StoredTime.parse(rows.getString(13))));
                    entries.add(new GradebookEntry(registration, state, report, problem, override, rows.getInt(9),
                            StoredTime.parse(rows.getString(6))));
                }
            }
            return entries;
        });
    }

    private GradeReport decode(String student, String json) {
        try {
            return ReportCodec.decode(json);
        } catch (GradebookException e) {
            throw new IllegalStateException("The result of " + student + " in " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every result recorded for the submission and every override set on it, oldest first.
     *
     * @throws GradebookException if no submission has that id
     */
    public synchronized List<HistoryItem> history(String student) throws GradebookException {
        requireKnown(student);
        return inTransaction("read the history of " + student, () -> {
            Map<Long, HistoryItem> items = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT seq, attempt, recorded_at, state,"
                    + " score, possible, complete, problem, current FROM results WHERE student = ?")) {
                select.setString(1, student);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.put(rows.getLong(1), new HistoryItem.Result(rows.getInt(2),
                                StoredTime.parse(rows.getString(3)), SubmissionState.valueOf(rows.getString(4)),
                                rows.getDouble(5), rows.getDouble(6), rows.getInt(7) == 1, rows.getString(8),
                                rows.getInt(9) == 1));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT seq, points, set_by, reason, set_at,"
                    + " current FROM overrides WHERE student = ?")) {
                select.setString(1, student);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.put(rows.getLong(1), new HistoryItem.Overridden(new ScoreOverride(rows.getDouble(2),
                                rows.getString(3), rows.getString(4), StoredTime.parse(rows.getString(5))),
                                rows.getInt(6) == 1));
                    }
                }
            }
            return List.copyOf(items.values());
        });
    }

    /** How many submissions are in each state; every state is present, 0 included. */
    public synchronized Map<SubmissionState, Integer> counts() {
        return inTransaction("count the submissions", () -> {
            Map<SubmissionState, Integer> counts = new EnumMap<>(SubmissionState.class);
            for (SubmissionState state : SubmissionState.values()) {
                counts.put(state, 0);
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state, count(*) FROM submissions GROUP BY state");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(SubmissionState.valueOf(rows.getString(1)), rows.getInt(2));
                }
            }
            return counts;
        });
    }

    @Override
    public synchronized void observed(String repository, Instant at, String commit) {
        Objects.requireNonNull(repository, "repository must not be null");
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(commit, "commit must not be null");
        inTransaction("record a fetch of " + repository, () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fetches"
                    + " (repository, fetched_at, head) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, repository);
                insert.setString(2, StoredTime.format(at));
                insert.setString(3, commit);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized List<Observation> observations(String repository) {
        return inTransaction("read the fetches of " + repository, () -> {
            List<Observation> observations = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT fetched_at, head FROM fetches"
                    + " WHERE repository = ? ORDER BY fetched_at, id")) {
                select.setString(1, repository);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        observations.add(new Observation(StoredTime.parse(rows.getString(1)), rows.getString(2)));
                    }
                }
            }
            return observations;
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private static Registration registration(ResultSet rows) throws SQLException {
        return registration(rows, 5);
    }

    /**
     * The registration in columns 1 to 4 (student, name, lms_user_id, origin) and {@code lmsColumn} (lms). An id
     * whose LMS was not recorded (a gradebook from before it was) is left out rather than guessed.
     */
    private static Registration registration(ResultSet rows, int lmsColumn) throws SQLException {
        String lms = rows.getString(lmsColumn);
        String lmsUserId = rows.getString(3);
        Optional<LmsId> lmsId = lms.isEmpty() || lmsUserId.isEmpty() ? Optional.empty()
                : Optional.of(new LmsId(Lms.valueOf(lms), lmsUserId));
        return new Registration(rows.getString(1), rows.getString(2), lmsId, rows.getString(4));
    }

    /** The next number in the order results and overrides were recorded in; call inside a transaction. */
    private long nextSeq() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT max(coalesce((SELECT max(seq) FROM"
                + " results), 0), coalesce((SELECT max(seq) FROM overrides), 0)) + 1");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void requireKnown(String student) throws GradebookException {
        List<String> known = inTransaction("look up " + student, () -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT student FROM submissions ORDER BY student");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        });
        if (!known.contains(student)) {
            throw new GradebookException(UnknownStudent.message(student, known, file));
        }
    }

    /** Work done in one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it (rolled back on any error). */
    private <T> T inTransaction(String what, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
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

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(String.format(Locale.ROOT, "Could not %s in the gradebook %s (%s). Check"
                + " that the disk is not full and that no other amdahl uses this --out folder, then run the same"
                + " command again: it resumes where it stopped.", what, file, e.getMessage()), e);
    }
}
