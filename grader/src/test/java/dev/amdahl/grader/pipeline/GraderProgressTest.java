package dev.amdahl.grader.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.Repository;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.sandbox.Sandbox;
import dev.amdahl.grader.sandbox.SandboxJob;
import dev.amdahl.grader.sandbox.SandboxLimits;
import dev.amdahl.grader.sandbox.SandboxResult;
import dev.amdahl.grader.sandbox.SandboxSession;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.submission.SubmissionStager;
import dev.amdahl.grader.testrun.ExpectedTests;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grading a submission tells its progress as each exercise starts and ends, in course order. */
class GraderProgressTest {

    /** Nothing is submitted, so nothing may run: a run here would be a bug. */
    private static final class NoRuns implements Sandbox {
        @Override
        public SandboxResult run(SandboxJob job) {
            throw new AssertionError("nothing was submitted, so nothing runs");
        }

        @Override
        public SandboxSession open(SandboxJob job, String cpuset) {
            throw new AssertionError("nothing is timed");
        }

        @Override
        public String describe() {
            return "no runs";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void eachExerciseIsAnnouncedWhenItStartsAndWhenItEnds(@TempDir Path emptySubmission) throws Exception {
        List<String> events = new ArrayList<>();
        Grader.Progress progress = new Grader.Progress() {
            @Override
            public void started(Exercise exercise, int number, int count) {
                events.add("start " + exercise.id() + " " + number + "/" + count);
            }

            @Override
            public void finished(Exercise exercise, ExerciseResult result, Duration took, int number, int count) {
                events.add("end " + exercise.id() + " " + number + "/" + count + " " + result.verdict()
                        + (took.isNegative() ? " negative" : ""));
            }
        };
        List<Exercise> exercises = Course.load(Repository.root()).select(List.of("pipes", "latency"));
        try (ExpectedTests expected = new ExpectedTests(false); Sandbox sandbox = new NoRuns()) {
            Grader grader = new Grader(sandbox, new SubmissionStager(SubmissionStager.Limits.defaults()), expected,
                    SandboxLimits.defaults(), Grader.Overrides.none(), Clock.systemUTC(), "test");

            grader.grade(emptySubmission, "alice", exercises, progress);
        }

        assertThat(exercises).extracting(Exercise::id).containsExactly("latency", "pipes"); // the course's order
        assertThat(events).containsExactly("start latency 1/2", "end latency 1/2 NOT_SUBMITTED",
                "start pipes 2/2", "end pipes 2/2 NOT_SUBMITTED");
    }
}
