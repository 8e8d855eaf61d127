package dev.amdahl.grader.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.Repository;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.io.Folders;
import dev.amdahl.grader.sandbox.Sandbox;
import dev.amdahl.grader.sandbox.SandboxJob;
import dev.amdahl.grader.sandbox.SandboxLimits;
import dev.amdahl.grader.sandbox.SandboxResult;
import dev.amdahl.grader.sandbox.SandboxSession;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.submission.SubmissionStager;
import dev.amdahl.grader.testrun.ExpectedTests;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A submission's exercises may be graded side by side; the report keeps the course's order either way. */
class GraderSideBySideTest {

    /** Counts how many jobs run at once; each takes a moment, so that side-by-side runs overlap. */
    private static final class CountingSandbox implements Sandbox {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public SandboxResult run(SandboxJob job) throws InterruptedException {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(300);
            } finally {
                running.decrementAndGet();
            }
            return new SandboxResult(OptionalLong.of(1), false, false, false, "", Duration.ofMillis(300));
        }

        @Override
        public SandboxSession open(SandboxJob job, String cpuset) {
            throw new AssertionError("nothing is timed");
        }

        @Override
        public String describe() {
            return "counting";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void sideBySideTheExercisesOverlapAndTheReportKeepsTheirOrder(@TempDir Path submission) throws Exception {
        List<Exercise> exercises = Course.load(Repository.root()).select(List.of("pipes", "latency", "mapreduce"));
        for (Exercise exercise : exercises) {
            Folders.copy(Repository.root().resolve("solutions").resolve(exercise.id()).resolve("src/main/java"),
                    submission.resolve("exercises").resolve(exercise.id()).resolve("src/main/java"));
        }

        CountingSandbox oneByOne = new CountingSandbox();
        CountingSandbox sideBySide = new CountingSandbox();
        GradeReport first;
        GradeReport second;
        try (ExpectedTests expected = new ExpectedTests(false)) {
            first = grader(oneByOne, expected).grade(submission, "alice", exercises);
            second = grader(sideBySide, expected).withExercisesAtOnce(2).grade(submission, "alice", exercises);
        }

        assertThat(oneByOne.most).hasValue(1);
        assertThat(sideBySide.most).hasValue(2);
        assertThat(second.exercises()).extracting(ExerciseResult::exercise)
                .containsExactlyElementsOf(first.exercises().stream().map(ExerciseResult::exercise).toList())
                .containsExactly("latency", "pipes", "mapreduce"); // the course's order
        assertThat(second.exercises()).extracting(ExerciseResult::verdict)
                .containsExactlyElementsOf(first.exercises().stream().map(ExerciseResult::verdict).toList());
    }

    private static Grader grader(Sandbox sandbox, ExpectedTests expected) {
        return new Grader(sandbox, new SubmissionStager(SubmissionStager.Limits.defaults()), expected,
                SandboxLimits.defaults(), Grader.Overrides.none(), Clock.systemUTC(), "test", 42L);
    }
}
