package dev.amdahl.grader.scoring;

import dev.amdahl.grading.GradedResult;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The grade of one exercise.
 *
 * @param exercise which exercise
 * @param verdict  how grading ended
 * @param detail   what the student should know about the verdict (compiler messages, why it stopped);
 *                 empty when all went normally
 * @param tests    every expected test, in order, with its outcome
 * @param notes    things the grader left out of the submission, and why
 * @param wallTime   how long the sandbox ran
 * @param provenance what exactly was graded, and on what
 */
public record ExerciseResult(String exercise, Verdict verdict, String detail, List<GradedResult> tests,
        List<String> notes, Duration wallTime, Provenance provenance) {

    /**
     * Where a result came from, so that it can be traced and reproduced.
     *
     * @param sourcesSha256 SHA-256 of the student's staged sources; empty when nothing was staged
     * @param jdk           the Java that compiled and ran the tests; empty when they did not run
     */
    public record Provenance(String sourcesSha256, String jdk) {
        public Provenance {
            sourcesSha256 = sourcesSha256 == null ? "" : sourcesSha256;
            jdk = jdk == null ? "" : jdk;
        }

        public static Provenance unknown() {
            return new Provenance("", "");
        }
    }

    public ExerciseResult(String exercise, Verdict verdict, String detail, List<GradedResult> tests,
            List<String> notes, Duration wallTime) {
        this(exercise, verdict, detail, tests, notes, wallTime, Provenance.unknown());
    }

    public ExerciseResult {
        Objects.requireNonNull(provenance, "provenance must not be null");
        Objects.requireNonNull(exercise, "exercise must not be null");
        Objects.requireNonNull(verdict, "verdict must not be null");
        detail = detail == null ? "" : detail;
        tests = List.copyOf(tests);
        notes = List.copyOf(notes);
        Objects.requireNonNull(wallTime, "wallTime must not be null");
    }

    public ExerciseResult withProvenance(Provenance value) {
        return new ExerciseResult(exercise, verdict, detail, tests, notes, wallTime, value);
    }

    public int earned() {
        return verdict.graded() ? tests.stream().mapToInt(GradedResult::pointsEarned).sum() : 0;
    }

    public int possible() {
        return tests.stream().mapToInt(t -> t.test().points()).sum();
    }
}
