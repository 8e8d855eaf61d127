package dev.amdahl.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.intake.FetchLog.Observation;
import org.junit.jupiter.api.Test;

class GitFetchLogTest extends GradebookFixture {

    @Test
    void fetchesAreKeptInTheOrderOfTheGradersClock() throws Exception {
        String repository = "https://git.example.org/alice/pp.git";
        try (Gradebook gradebook = Gradebook.open(file, clock)) {
            gradebook.fetchLog().observed(repository, START.plusSeconds(60), "b".repeat(40));
            gradebook.fetchLog().observed(repository, START, "a".repeat(40));
            gradebook.fetchLog().observed(repository, START, "a".repeat(40));
            gradebook.fetchLog().observed("other", START, "c".repeat(40));

            assertThat(gradebook.fetchLog().observations(repository)).containsExactly(
                    new Observation(START, "a".repeat(40)), new Observation(START.plusSeconds(60), "b".repeat(40)));
            assertThat(gradebook.fetchLog().observations("nobody")).isEmpty();
        }
    }
}
