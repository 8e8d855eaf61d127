package dev.amdahl.runner.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import java.util.List;

/**
 * What the runner tells the grader through its {@link EventChannel}, in this order: {@link Compiled},
 * {@link CompileFailed} or {@link Rejected}; then {@link Planned}; then one {@link TestFinished} a test; then
 * {@link Finished}. A run cut short (timeout, crash) simply stops early: every event sent so far still counts.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "event")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RunnerEvent.Compiled.class, name = "compiled"),
    @JsonSubTypes.Type(value = RunnerEvent.CompileFailed.class, name = "compile-failed"),
    @JsonSubTypes.Type(value = RunnerEvent.Planned.class, name = "planned"),
    @JsonSubTypes.Type(value = RunnerEvent.TestFinished.class, name = "test-finished"),
    @JsonSubTypes.Type(value = RunnerEvent.Finished.class, name = "finished"),
    @JsonSubTypes.Type(value = RunnerEvent.RunnerFailed.class, name = "runner-failed"),
    @JsonSubTypes.Type(value = RunnerEvent.Rejected.class, name = "rejected"),
})
public sealed interface RunnerEvent {

    /** The student's code and the tests compiled; {@code jdk} is the Java that compiles and runs them. */
    record Compiled(long millis, String jdk) implements RunnerEvent {
        public Compiled(long millis) {
            this(millis, Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
        }
    }

    /**
     * The code did not compile.
     *
     * @param stage       {@code main} (the student's code) or {@code tests} (the tests against it)
     * @param diagnostics the compiler's messages
     */
    record CompileFailed(String stage, String diagnostics) implements RunnerEvent {
    }

    /** The tests that will run, with their points, before any of them runs. */
    record Planned(List<PlannedTest> tests) implements RunnerEvent {
        public Planned {
            tests = List.copyOf(tests);
        }
    }

    record TestFinished(String uniqueId, Outcome outcome, String message, long durationMillis)
            implements RunnerEvent {
    }

    /** Every planned test has a verdict. */
    record Finished(long millis) implements RunnerEvent {
    }

    /**
     * The submission uses APIs the exercise does not allow (found in its compiled classes before any of it
     * ran); nothing was run.
     */
    record Rejected(List<String> reasons) implements RunnerEvent {
        public Rejected {
            reasons = List.copyOf(reasons);
        }
    }

    /** The runner itself broke: not the student's fault. */
    record RunnerFailed(String message) implements RunnerEvent {
    }
}
