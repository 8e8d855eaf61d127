package dev.amdahl.grader.gradebook;

import dev.amdahl.grader.intake.FetchLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Intake's {@link FetchLog}, kept in the gradebook so that what was seen of each git repository, and when, survives
 * between runs. Get it from {@link Gradebook#fetchLog()}.
 */
final class GitFetchLog implements FetchLog {

    private final GradebookDatabase database;

    GitFetchLog(GradebookDatabase database) {
        this.database = database;
    }

    @Override
    public void observed(String repository, Instant at, String commit) {
        Objects.requireNonNull(repository, "repository must not be null");
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(commit, "commit must not be null");
        database.inTransaction("record a fetch of " + repository, connection -> {
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
    public List<Observation> observations(String repository) {
        return database.inTransaction("read the fetches of " + repository, connection -> {
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
}
