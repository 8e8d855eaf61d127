package dev.amdahl.grader.classreport;

import static dev.amdahl.grader.classreport.ClassFixtures.HOSTILE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class report: what it says about a class, and that nothing a student wrote becomes markup. */
class ClassReportTest {

    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;";

    static ClassReportData data(SimilarityResult similarity) {
        return new ClassReportData("Lab 3 <b>pools</b>", ClassFixtures.classOfSix(), similarity,
                ClassFixtures.WHEN);
    }

    static SimilarityResult similar() {
        return new SimilarityResult(true, "Left out, without Java sources: erin.", 4, List.of(
                new SimilarityResult.Pair("alice", HOSTILE_ID, 0.91, 0.95),
                new SimilarityResult.Pair("bob", "dana", 0.12, 0.2)));
    }

    @Test
    void escapesEveryStudentText() {
        String html = ClassReport.render(data(similar()));

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<img", "<b>pools")
                .contains("Lab 3 &lt;b&gt;pools&lt;/b&gt;")
                .contains("<td>" + ESCAPED + "</td>") // the hostile name in the students table
                .contains("the archive is broken: " + ESCAPED) // an unusable input's problem
                .contains("handles an empty range " + ESCAPED) // a test's name
                .contains("Name &#39;P&#39; must match") // a style finding's example
                .contains("<td class=\"id\">" + HOSTILE_ID + "</td>");
        assertThat(html).as("no tag loads or links anything").doesNotContainPattern("(?i)<[^>]*\\b(src|href)\\s*=")
                .doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?\\s*https?:");
        assertThat(html).doesNotContainPattern("(?i)<(link|iframe|object|embed|form|base|meta http-equiv=\"refresh\")")
                .contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"");
    }

    @Test
    void summarisesTheClass() {
        String html = ClassReport.render(data(similar()));

        assertThat(text(html)).contains("students 6", "graded 3", "incomplete (regrade) 1", "unusable 1",
                "not finished 1", "timed out 1");
        assertThat(html).contains("<svg").contains("class=\"bar\"");
        assertThat(count(html, "<rect class=\"bar\"")).isEqualTo(ClassReportView.BINS);
    }

    @Test
    void summaryNumbersAreTheAverageAndMedianOfTheScores() {
        ClassReportView.Summary summary = ClassReportView.of(data(similar())).summary();

        // alice 14, bob 7.4, mallory 4 + 3 + 1 (style) + 3.6 (speedup) = 11.6, dana 0 (timed out); erin's upload
        // was unusable: no score, so not a zero in the average either
        assertThat(summary.scored()).isEqualTo(4);
        assertThat(summary.average()).isEqualTo("8.25");
        assertThat(summary.median()).isEqualTo("9.5");
        assertThat(summary.outOf()).isEqualTo("16");
    }

    @Test
    void anUnusableUploadIsCalledUnusableEverywhereAndHasNoScore() {
        ClassReportView.Page page = ClassReportView.of(data(similar()));

        ClassReportView.StudentRow erin = page.students().stream().filter(row -> row.student().equals("erin"))
                .findFirst().orElseThrow();
        assertThat(erin.state()).isEqualTo("unusable");
        assertThat(erin.score()).isEqualTo("—");
        assertThat(erin.notes()).startsWith("the archive is broken").doesNotContain("rejected");
        assertThat(page.exercises()).extracting(ClassReportView.ExerciseRates::verdicts)
                .as("its placeholder REJECTED is not counted as a rejection").containsExactly("1 timed out");
        assertThat(page.exercises().get(0).students()).as("nor its tests in the pass rates").isEqualTo(4);
    }

    @Test
    void listsTheTestsTheClassStruggledWithFirst() {
        ClassReportView.ExerciseRates rates = ClassReportView.of(data(similar())).exercises().get(0);

        assertThat(rates.exercise()).isEqualTo("threadpools");
        assertThat(rates.tests()).extracting(ClassReportView.TestRate::passed).containsExactly(1, 2, 3);
        assertThat(rates.tests().get(0).test()).startsWith("handles an empty range");
        assertThat(rates.tests().get(0).total()).isEqualTo(4);
        assertThat(rates.verdicts()).isEqualTo("1 timed out");
    }

    @Test
    void showsSpeedupsStyleAndSimilarity() {
        ClassReportView.Page page = ClassReportView.of(data(similar()));

        assertThat(page.speedups()).extracting(ClassReportView.SpeedupRow::student)
                .containsExactly("alice", HOSTILE_ID, "bob"); // best ratio first
        assertThat(page.speedups().get(2).ratio()).isEqualTo("60 %");
        // both checks hit the same 3 students; the one with more findings comes first
        assertThat(page.style()).extracting(ClassReportView.StyleRow::check).containsExactly("MagicNumber",
                "MethodName");
        assertThat(page.style()).extracting(ClassReportView.StyleRow::students).containsExactly(3, 3);
        assertThat(page.style()).extracting(ClassReportView.StyleRow::findings).containsExactly(6, 3);

        String html = ClassReport.render(data(similar()));
        assertThat(html).contains("91 %").contains("look at this pair").contains("not proof of copying")
                .contains("Left out, without Java sources: erin.");
    }

    @Test
    void saysWhySimilarityDidNotRun() {
        String html = ClassReport.render(data(SimilarityResult.skipped("JPlag could not compare <them>.")));

        assertThat(html).contains("Not compared: JPlag could not compare &lt;them&gt;.");
    }

    @Test
    void writesTheFileWhole(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("class-report.html");
        ClassReport.write(data(similar()), file);

        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("</html>");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anEmptyClassStillHasAPage() {
        String html = ClassReport.render(new ClassReportData("Lab 0", List.of(),
                SimilarityResult.skipped("similarity needs at least 2 students with sources; this class has 0."),
                ClassFixtures.WHEN));

        assertThat(text(html)).contains("students 0", "average score —");
    }

    /** The page's text, tags removed and spaces collapsed, as a reader sees it. */
    static String text(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
