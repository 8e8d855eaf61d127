package dev.amdahl.grader.scoring;

import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Scores;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The grade of one exercise.
 *
 * @param exercise which exercise
 * @param verdict  how grading ended
 * @param detail   what the student should know about the verdict (compiler messages, why it stopped);
 *                 empty when all went normally
 * @param tests    every expected test, in order, with its outcome
 * @param notes    things the grader left out of the submission, and why; at most {@value #MAX_NOTES}, the last
 *                 of them counting the rest
 * @param wallTime   how long the sandbox ran
 * @param provenance what exactly was graded, and on what
 * @param style      Checkstyle's findings and what they cost; empty when nothing was submitted
 * @param speedups   the timing lane's grades, one per timed case; empty when the lane did not run
 * @param hiddenRun  how the hidden tests' own sandbox run ended; empty when there was none
 */
public record ExerciseResult(String exercise, Verdict verdict, String detail, List<GradedResult> tests,
        List<String> notes, Duration wallTime, Provenance provenance, Optional<StyleReview> style,
        List<SpeedupResult> speedups, Optional<HiddenRun> hiddenRun) {

    /**
     * How the hidden tests' own run ended. Its detail may hold what the submission printed in that run (the last
     * lines of its output), so a student reads it only once the hidden tests are released; before that, the
     * exercise's {@link #detail()} says in the grader's own words what became of that run.
     *
     * @param verdict how that run ended
     * @param detail  what the run's verdict said: empty when it completed
     */
    public record HiddenRun(Verdict verdict, String detail) {
        public HiddenRun {
            Objects.requireNonNull(verdict, "verdict must not be null");
            detail = detail == null ? "" : detail;
        }
    }

    /**
     * Where a result came from, so that it can be traced and reproduced.
     *
     * @param sourcesSha256 SHA-256 of the student's staged sources; empty when nothing was staged
     * @param jdk           the Java that compiled and ran the tests; empty when they did not run
     * @param rubricSha256  SHA-256 of what decided the points (tests' points, visibility, the rubric file)
     * @param seed          the seed the tests drew their random inputs from ({@code amdahl grade --seed} repeats
     *                      them); 0 when the tests did not run
     */
    public record Provenance(String sourcesSha256, String jdk, String rubricSha256, long seed) {
        public Provenance {
            sourcesSha256 = sourcesSha256 == null ? "" : sourcesSha256;
            jdk = jdk == null ? "" : jdk;
            rubricSha256 = rubricSha256 == null ? "" : rubricSha256;
        }

        public Provenance(String sourcesSha256, String jdk) {
            this(sourcesSha256, jdk, "", 0);
        }

        /** For a result that did not record where it came from (an empty hash and JDK). */
        public static Provenance unknown() {
            return new Provenance("", "");
        }
    }

    public ExerciseResult(String exercise, Verdict verdict, String detail, List<GradedResult> tests,
            List<String> notes, Duration wallTime) {
        this(exercise, verdict, detail, tests, notes, wallTime, Provenance.unknown(), Optional.empty());
    }

    public ExerciseResult(String exercise, Verdict verdict, String detail, List<GradedResult> tests,
            List<String> notes, Duration wallTime, Provenance provenance, Optional<StyleReview> style) {
        this(exercise, verdict, detail, tests, notes, wallTime, provenance, style, List.of());
    }

    public ExerciseResult(String exercise, Verdict verdict, String detail, List<GradedResult> tests,
            List<String> notes, Duration wallTime, Provenance provenance, Optional<StyleReview> style,
            List<SpeedupResult> speedups) {
        this(exercise, verdict, detail, tests, notes, wallTime, provenance, style, speedups, Optional.empty());
    }

    /**
     * Notes any one exercise keeps, whatever put them there (staging lists a few and counts the rest; the batch
     * intake adds its own), so that no report of a submission full of stray files grows with it.
     */
    public static final int MAX_NOTES = 25;

    public ExerciseResult {
        Objects.requireNonNull(provenance, "provenance must not be null");
        Objects.requireNonNull(style, "style must not be null");
        Objects.requireNonNull(exercise, "exercise must not be null");
        Objects.requireNonNull(verdict, "verdict must not be null");
        detail = detail == null ? "" : detail;
        tests = List.copyOf(tests);
        notes = capped(notes);
        Objects.requireNonNull(wallTime, "wallTime must not be null");
        speedups = List.copyOf(speedups);
        hiddenRun = hiddenRun == null ? Optional.empty() : hiddenRun; // a report stored before there were hidden runs
    }

    /** This result stamped with what was graded and on which JDK. */
    public ExerciseResult withProvenance(Provenance value) {
        return new ExerciseResult(exercise, verdict, detail, tests, notes, wallTime, value, style, speedups, hiddenRun);
    }

    /** This result with the style review attached (it replaces any earlier one). */
    public ExerciseResult withStyle(StyleReview value) {
        return new ExerciseResult(exercise, verdict, detail, tests, notes, wallTime, provenance, Optional.of(value),
                speedups, hiddenRun);
    }

    /** This result with the timed cases' outcomes, replacing any earlier ones. */
    public ExerciseResult withSpeedups(List<SpeedupResult> value) {
        return new ExerciseResult(exercise, verdict, detail, tests, notes, wallTime, provenance, style, value,
                hiddenRun);
    }

    /** This result with {@code value} as its notes, replacing the earlier ones. */
    public ExerciseResult withNotes(List<String> value) {
        return new ExerciseResult(exercise, verdict, detail, tests, value, wallTime, provenance, style, speedups,
                hiddenRun);
    }

    /** Whether every behaviour test that carries points passed: only then is a speedup worth timing. */
    public boolean allBehaviourPassed() {
        return verdict == Verdict.COMPLETED && tests.stream()
                .filter(t -> t.test().kind() == dev.amdahl.grading.TestKind.BEHAVIOUR && t.test().points() > 0)
                .allMatch(t -> t.outcome() == dev.amdahl.grading.Outcome.PASSED);
    }

    /** What the timing lane earned. */
    public double speedupEarned() {
        return verdict.graded() ? speedups.stream().mapToDouble(SpeedupResult::earned).sum() : 0;
    }

    /** Whether a human must look at this exercise's speedup before its grade is final. */
    public boolean needsReview() {
        return speedups.stream().anyMatch(SpeedupResult::needsReview);
    }

    /** What a test counts for here: nothing when the exercise was not graded, structure only with behaviour. */
    public double counted(GradedResult test) {
        return verdict.graded() ? Scores.round(Scores.counted(test, tests)) : 0;
    }

    /**
     * Points earned: tests (extra credit included), then structure and style, which count only once a
     * behaviour test earns points.
     */
    public double earned() {
        return verdict.graded() ? Scores.round(Scores.earned(tests) + styleEarned() + speedupEarned()) : 0;
    }

    /** What style adds: its budget less what findings took, once behaviour earns points; else 0. */
    public double styleEarned() {
        return verdict.graded() && Scores.behaviourEarns(tests)
                ? style.map(s -> s.score().earned()).orElse(0.0) : 0;
    }

    /** The most style can add. */
    public double stylePossible() {
        return style.map(s -> s.score().possible()).orElse(0.0);
    }

    /** The maximum: extra credit does not raise it. */
    public double possible() {
        return Scores.round(Scores.possible(tests) + stylePossible()
                + speedups.stream().mapToDouble(SpeedupResult::possible).sum());
    }

    private static List<String> capped(List<String> notes) {
        if (notes.size() <= MAX_NOTES) {
            return List.copyOf(notes);
        }
        List<String> kept = new java.util.ArrayList<>(notes.subList(0, MAX_NOTES - 1));
        kept.add("… and " + String.format(java.util.Locale.ROOT, "%,d", notes.size() - MAX_NOTES + 1) + " more notes");
        return List.copyOf(kept);
    }
}
