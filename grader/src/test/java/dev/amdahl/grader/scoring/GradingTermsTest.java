package dev.amdahl.grader.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lateness and disclosure, decided in one place for {@code grade} and {@code batch}. */
class GradingTermsTest {

    private static final Instant DUE = Instant.parse("2026-12-02T23:00:00Z");
    private static final LatePolicy POLICY = new LatePolicy(DUE, Duration.ZERO, BigDecimal.TEN, LatePolicy.Unit.DAY,
            BigDecimal.valueOf(50), Map.of("bob", DUE.plus(Duration.ofDays(7))));

    private static GradeReport gradedAt(Instant when) {
        return new GradeReport("alice", "1.0", "img", when, List.of());
    }

    @Test
    void oneStudentSeesAfterDueDateMessagesOnceTheirDueDateHasPassed() {
        GradingTerms terms = new GradingTerms(Optional.of(POLICY), false);
        Instant late = DUE.plus(Duration.ofHours(30));

        GradeReport alice = terms.applyToOne(gradedAt(DUE.plus(Duration.ofDays(2))), late, "alice");
        GradeReport bob = terms.applyToOne(gradedAt(DUE.plus(Duration.ofDays(2))), late, "bob");

        assertThat(alice.disclosure()).isEqualTo(new Disclosure(true, false));
        assertThat(alice.lateness()).get().extracting(Lateness::units).isEqualTo(2L);
        assertThat(bob.disclosure()).as("bob's extension runs a week longer").isEqualTo(new Disclosure(false, false));
        assertThat(bob.lateness()).get().extracting(Lateness::units).isEqualTo(0L);
    }

    @Test
    void withoutAPolicyThereIsNoDueDateAndNoLateness() {
        GradeReport report = new GradingTerms(Optional.empty(), true).applyToOne(gradedAt(DUE.plusSeconds(1)), null,
                null);

        assertThat(report.disclosure()).isEqualTo(new Disclosure(false, true));
        assertThat(report.lateness()).isEmpty();
    }

    @Test
    void aBatchAssessesOnlyKnownSubmissionTimesAndKeepsAfterDueDateMessagesWithheld() {
        GradingTerms terms = new GradingTerms(Optional.of(POLICY), true);
        GradeReport graded = gradedAt(DUE.plus(Duration.ofDays(2)));

        GradeReport pushed = terms.applyInBatch(graded, Optional.of(DUE.plus(Duration.ofHours(1))), "alice");
        GradeReport uploaded = terms.applyInBatch(graded, Optional.empty(), "alice");

        assertThat(pushed.lateness()).get().extracting(Lateness::units).isEqualTo(1L);
        assertThat(uploaded.lateness()).as("an LMS applies its own policy to its uploads").isEmpty();
        assertThat(List.of(pushed.disclosure(), uploaded.disclosure(), terms.batchDisclosure()))
                .containsOnly(new Disclosure(false, true));
    }
}
