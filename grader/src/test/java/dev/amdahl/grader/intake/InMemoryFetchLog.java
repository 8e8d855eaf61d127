package dev.amdahl.grader.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A fetch log for tests. */
final class InMemoryFetchLog implements FetchLog {

    private final Map<String, List<Observation>> log = new HashMap<>();

    @Override
    public void observed(String repository, Instant at, String commit) {
        log.computeIfAbsent(repository, key -> new ArrayList<>()).add(new Observation(at, commit));
        log.get(repository).sort(Comparator.comparing(Observation::at));
    }

    @Override
    public List<Observation> observations(String repository) {
        return List.copyOf(log.getOrDefault(repository, List.of()));
    }
}
