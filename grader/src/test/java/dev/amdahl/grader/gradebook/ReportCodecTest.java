package dev.amdahl.grader.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grading.Outcome;
import org.junit.jupiter.api.Test;

class ReportCodecTest {

    @Test
    void aRichReportSurvivesARoundTripExactly() throws GradebookException {
        GradeReport report = SampleReports.rich("submissions/alice.zip", 1);
        assertThat(report.exercises().getFirst().tests()).extracting(t -> t.outcome())
                .containsExactly(Outcome.values());
        assertThat(report.exercises().getFirst().speedups()).extracting(SpeedupResult::status)
                .containsExactlyInAnyOrder(SpeedupResult.Status.values());

        String json = ReportCodec.encode(report);
        GradeReport decoded = ReportCodec.decode(json);

        assertThat(decoded).isEqualTo(report);
        assertThat(decoded.earned()).isEqualTo(report.earned());
        assertThat(decoded.lateness().orElseThrow().percent()).isEqualTo("20.50");
        assertThat(ReportCodec.encode(decoded)).isEqualTo(json);
    }

    @Test
    void aReportStoredBeforeHiddenRunsWereRecordedIsReadWithoutOne() throws GradebookException {
        GradeReport report = SampleReports.simple("dave", 1);
        String json = ReportCodec.encode(report);
        assertThat(json).contains(",\"hiddenRun\":null");

        GradeReport decoded = ReportCodec.decode(json.replace(",\"hiddenRun\":null", ""));

        assertThat(decoded).isEqualTo(report);
        assertThat(decoded.exercises().getFirst().hiddenRun()).isEmpty();
        assertThat(ReportCodec.decode(ReportCodec.encode(SampleReports.rich("erin", 2))).exercises().getFirst()
                .hiddenRun().orElseThrow().detail()).endsWith("«2»");
    }

    @Test
    void numbersThatAreNotNumbersSurviveToo() throws GradebookException {
        GradeReport report = SampleReports.rich("carol", 3);
        assertThat(report.exercises().getFirst().speedups().getFirst().measurement().orElseThrow().spread()).isNaN();

        assertThat(ReportCodec.decode(ReportCodec.encode(report))).isEqualTo(report);
    }

    @Test
    void theTextNamesItsFormatAndHoldsDataOnly() {
        String json = ReportCodec.encode(SampleReports.rich("alice", 2));

        assertThat(json).startsWith("{\"format\":" + ReportCodec.FORMAT + ",");
        // Derived values (earned(), isLate(), efficiency()…) are not data: they are computed again when read.
        assertThat(json).doesNotContain("\"earned\":" + SampleReports.rich("alice", 2).earned())
                .doesNotContain("efficiency").doesNotContain("\"complete\"").contains("2026-12-03T10:15:30.123456789Z");
    }

    @Test
    void aNewerFormatIsRefusedClearly() {
        String json = ReportCodec.encode(SampleReports.simple("bob", 1))
                .replace("\"format\":" + ReportCodec.FORMAT, "\"format\":" + (ReportCodec.FORMAT + 1));

        assertThatThrownBy(() -> ReportCodec.decode(json)).isInstanceOf(GradebookException.class)
                .hasMessageContaining("newer").hasMessageContaining("Use that version, or a new --out folder");
    }

    @Test
    void textThatIsNotAReportIsRefusedClearly() {
        assertThatThrownBy(() -> ReportCodec.decode("{\"report\":{}}")).isInstanceOf(GradebookException.class)
                .hasMessageContaining("no format version");
        assertThatThrownBy(() -> ReportCodec.decode("not json")).isInstanceOf(GradebookException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ReportCodec.decode("{\"format\":1,\"report\":{\"submission\":\"x\"}}"))
                .isInstanceOf(GradebookException.class).hasMessageContaining("cannot be read");
    }
}
