package dev.amdahl.runner.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the runner tells the grader through its {@link EventChannel}, in this order: {@link Compiled},
 * {@link CompileFailed} or {@link Rejected}; then {@link Planned}; then one {@link TestFinished} a test; then
 * {@link Finished}. A run cut short (timeout, crash) simply stops early: every event sent so far still counts.
 *
 * <p>When the submission is the tests ({@code --student-tests}): {@link Compiled}, {@link CompileFailed}
 * (stage {@code main}: the instructor's program; {@code tests}: the student's tests) or {@link Rejected} (the
 * tests); then, unless only {@code --variants} was given, the run against the program: {@link Planned}, one
 * {@link TestFinished} a test, and with {@code --coverage} one {@link Coverage}; then with {@code --variants}
 * one {@link VariantFinished} or {@link VariantBroken} a variant, in the order of their ids; then
 * {@link Finished}, always last. {@link RunnerFailed} may come instead of anything.
 *
 * <p>When the run times a speedup case ({@code --timing}): {@link Compiled}, {@link CompileFailed} or
 * {@link Rejected}; then {@link TimingReady}; then one answer per {@link TimingCommand} read from standard input,
 * in order ({@link Timed} or {@link TimingFailed} for a run, {@link Checked} for a check); after
 * {@link TimingCommand.Quit}, {@link Finished}.
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
    @JsonSubTypes.Type(value = RunnerEvent.Coverage.class, name = "coverage"),
    @JsonSubTypes.Type(value = RunnerEvent.VariantFinished.class, name = "variant-finished"),
    @JsonSubTypes.Type(value = RunnerEvent.VariantBroken.class, name = "variant-broken"),
    @JsonSubTypes.Type(value = RunnerEvent.TimingReady.class, name = "timing-ready"),
    @JsonSubTypes.Type(value = RunnerEvent.Timed.class, name = "timed"),
    @JsonSubTypes.Type(value = RunnerEvent.TimingFailed.class, name = "timing-failed"),
    @JsonSubTypes.Type(value = RunnerEvent.Checked.class, name = "checked"),
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

    /** One planned test's verdict, sent once per test, with its failure message (empty when it passed). */
    record TestFinished(String uniqueId, Outcome outcome, String message, long durationMillis)
            implements RunnerEvent {
    }

    /** Every planned test has a verdict; with {@code --student-tests}, everything asked for is done. */
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

    /**
     * How much of the program the student's tests ran, as JaCoCo counts it (lines with code, and the branches
     * of conditions and switches; code the compiler made up, such as a record's {@code equals}, is left out).
     * The totals are JaCoCo's for the whole program, which count a line of a source file once even if two
     * classes have code on it.
     *
     * @param classes one entry per class JaCoCo analyzed (nested and anonymous classes too, and classes with
     *                no code at all, such as an interface of abstract methods, at 0 of 0), by name
     */
    record Coverage(int linesCovered, int linesTotal, int branchesCovered, int branchesTotal,
            List<ClassCoverage> classes) implements RunnerEvent {
        public Coverage {
            classes = List.copyOf(classes);
        }

        /**
         * One class's coverage.
         *
         * @param className   its binary name, {@code a.b.Outer$Inner}
         * @param sourceFile  its source file's name ({@code Outer.java}), or null if the class does not say
         * @param missedLines the lines on which none of its code ran, ascending; lines partly run are not missed
         */
        public record ClassCoverage(String className, String sourceFile, int linesCovered, int linesTotal,
                int branchesCovered, int branchesTotal, List<Integer> missedLines) {
            public ClassCoverage {
                missedLines = List.copyOf(missedLines);
            }
        }
    }

    /**
     * The student's tests ran against one variant of the program (a copy with or without a bug) and ended so;
     * nothing else about the run is told.
     *
     * @param variant  the variant's id (its folder's name)
     * @param outcomes each test's outcome, by the unique id that {@link Planned} gives it
     */
    record VariantFinished(String variant, Map<String, Outcome> outcomes) implements RunnerEvent {
        public VariantFinished {
            outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        }
    }

    /**
     * A variant could not be compiled, so no test ran against it: the instructor's mistake; {@code reason} is for
     * them.
     */
    record VariantBroken(String variant, String reason) implements RunnerEvent {
    }

    /**
     * The speedup case is loaded and the runner waits for {@link TimingCommand}s on its standard input.
     *
     * @param caseName    the case's {@code name()}, in a student's words
     * @param defaultSize the case's {@code defaultSize()}
     * @param processors  what {@code Runtime.availableProcessors()} says in this JVM
     */
    record TimingReady(String caseName, int defaultSize, int processors) implements RunnerEvent {
    }

    /**
     * One timed run: from the call of the side's entry point to the end of the output's fingerprint, on an input
     * made (untimed) from {@code size} and {@code seed}.
     *
     * @param side        {@code sequential} or {@code parallel}
     * @param threads     the threads the parallel side was given; 1 for the sequential side
     * @param nanos       how long it took
     * @param fingerprint the output's {@code fingerprint()}
     */
    record Timed(String side, int size, long seed, int threads, long nanos, String fingerprint)
            implements RunnerEvent {
    }

    /** A run threw instead of answering (its input, its entry point or its fingerprint): {@code message} says what. */
    record TimingFailed(String side, int size, long seed, String message) implements RunnerEvent {
    }

    /** The answer to {@link TimingCommand.Check}: whether the fingerprint {@code matches} the expected one. */
    record Checked(int size, long seed, boolean matches) implements RunnerEvent {
    }
}
