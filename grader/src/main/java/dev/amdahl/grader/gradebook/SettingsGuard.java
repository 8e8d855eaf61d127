package dev.amdahl.grader.gradebook;

import dev.amdahl.grader.course.Quantities;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Keeps a batch to the settings it was started with (course hash, exercises, hidden tests, timing…), so that a
 * resumed batch never mixes results graded two ways. Get it from {@link Gradebook#settings()}.
 */
public final class SettingsGuard {

    private final GradebookDatabase database;

    SettingsGuard(GradebookDatabase database) {
        this.database = database;
    }

    /**
     * Checks that a batch resumes with the settings it was started with: the first call stores them; a later call
     * with other settings is refused, naming each difference.
     */
    public void check(Map<String, String> settings) throws GradebookException {
        Map<String, String> wanted = new TreeMap<>(settings);
        List<String> differences = database.inTransaction("check the batch's settings", connection -> {
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
            throw new GradebookException("The batch in " + database.file().getParent()
                    + " was started with other settings:\n"
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
}
