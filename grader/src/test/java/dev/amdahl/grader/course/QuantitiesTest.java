package dev.amdahl.grader.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void durationsAreWrittenTheWayPeopleReadThem() {
        assertThat(Quantities.words(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(Quantities.words(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(Quantities.words(Duration.ofMillis(30_400))).isEqualTo("30 s");
        assertThat(Quantities.words(Duration.ofMinutes(1))).isEqualTo("1 min");
        assertThat(Quantities.words(Duration.ofSeconds(90))).isEqualTo("1 min 30 s");
        assertThat(Quantities.words(Duration.ofHours(2))).isEqualTo("2 h");
        assertThat(Quantities.words(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
        assertThat(Quantities.words(Duration.ZERO)).isEqualTo("0 ms");
    }

    @Test
    void whatTheyWriteIsReadBack() {
        assertThat(Quantities.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Quantities.duration("3m")).isEqualTo(Duration.ofMinutes(3));
    }
}
