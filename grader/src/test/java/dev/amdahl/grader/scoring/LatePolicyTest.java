package dev.amdahl.grader.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.course.CourseException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatePolicyTest {

    private static final Instant DUE = Instant.parse("2026-12-01T22:59:00Z");

    @TempDir
    Path temp;

    private LatePolicy load(String text) throws Exception {
        Path file = temp.resolve(LatePolicy.FILE);
        Files.writeString(file, text);
        return LatePolicy.load(file);
    }

    private static LatePolicy tenPercentADay() {
        return new LatePolicy(DUE, Duration.ofMinutes(15), BigDecimal.TEN, LatePolicy.Unit.DAY, BigDecimal.valueOf(30),
                Map.of("bob", DUE.plus(Duration.ofDays(2))));
    }

    @Test
    void withinTheGracePeriodIsOnTime() {
        Lateness lateness = tenPercentADay().assess(DUE.plus(Duration.ofMinutes(14)), "alice");

        assertThat(lateness.isLate()).isFalse();
        assertThat(lateness.deduction(20)).isZero();
        assertThat(lateness.describe()).isEqualTo("on time");
    }

    @Test
    void everyStartedDayCostsThePenaltyUpToTheCap() {
        LatePolicy policy = tenPercentADay();

        assertThat(policy.assess(DUE.plus(Duration.ofMinutes(16)), "alice").units()).isEqualTo(1);
        Lateness twoDays = policy.assess(DUE.plus(Duration.ofHours(25)), "alice");
        assertThat(twoDays.units()).isEqualTo(2);
        assertThat(twoDays.deduction(23)).isEqualTo(4.6);
        assertThat(twoDays.describe()).isEqualTo("2 days late: −20% of the points earned");
        assertThat(policy.assess(DUE.plus(Duration.ofDays(9)), "alice").percent()).isEqualByComparingTo("30");
    }

    @Test
    void anExtensionMovesTheDueDateForThatStudentOnly() {
        LatePolicy policy = tenPercentADay();
        Instant submitted = DUE.plus(Duration.ofDays(1));

        assertThat(policy.assess(submitted, "bob").isLate()).isFalse();
        assertThat(policy.assess(submitted, "alice").isLate()).isTrue();
        assertThat(policy.assess(submitted, null).isLate()).isTrue();
    }

    @Test
    void readsTheFileWithOffsetsHoursAndExtensions() throws Exception {
        LatePolicy policy = load("""
                due = 2026-12-01T23:59:00+01:00
                grace = 10m
                penalty = 2.5%
                per = hour
                cap = 50%
                extension.carol = 2026-12-02T23:59:00+01:00
                """);

        assertThat(policy.due()).isEqualTo(DUE);
        assertThat(policy.per()).isEqualTo(LatePolicy.Unit.HOUR);
        assertThat(policy.dueFor("carol")).isEqualTo(DUE.plus(Duration.ofDays(1)));
        Lateness threeHours = policy.assess(DUE.plus(Duration.ofMinutes(10 + 2 * 60 + 1)), "dave");
        assertThat(threeHours.units()).isEqualTo(3);
        assertThat(threeHours.percent()).isEqualByComparingTo("7.5");
    }

    @Test
    void aBadFileSaysWhatToWrite() {
        assertThatThrownBy(() -> load("due = tomorrow\n")).isInstanceOf(CourseException.class)
                .hasMessageContaining("2026-12-01T23:59:00+01:00");
        assertThatThrownBy(() -> load("due = 2026-12-01T23:59:00Z\npenalty = 10\n"))
                .hasMessageContaining("write a percentage such as 10%");
        assertThatThrownBy(() -> load("due = 2026-12-01T23:59:00Z\nper = week\n")).hasMessageContaining("day or hour");
        assertThatThrownBy(() -> load("penalty = 10%\n")).hasMessageContaining("'due' is missing");
        assertThatThrownBy(() -> load("due = 2026-12-01T23:59:00Z\ndeadline = x\n"))
                .hasMessageContaining("unknown key 'deadline'");
        assertThatThrownBy(() -> load("due = 2026-12-01T23:59:00Z\ncap = 150%\n"))
                .hasMessageContaining("cap between 0% and 100%");
    }
}
