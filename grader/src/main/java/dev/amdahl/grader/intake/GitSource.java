package dev.amdahl.grader.intake;

import java.util.Objects;
import java.util.Optional;

/**
 * A student's copy as a git repository.
 *
 * @param location     a URL, or an absolute local path; also the key of the repository in the {@link FetchLog}
 * @param pinnedCommit the commit the instructor chose in the list, if any: it is graded whatever the deadline
 */
public record GitSource(String location, Optional<String> pinnedCommit) implements Source {
    public GitSource {
        Objects.requireNonNull(location, "location must not be null");
        Objects.requireNonNull(pinnedCommit, "pinnedCommit must not be null");
    }

    @Override
    public String describe() {
        return "git " + location + pinnedCommit.map(commit -> " at " + commit).orElse("");
    }
}
