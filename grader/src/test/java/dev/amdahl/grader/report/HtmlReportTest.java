package dev.amdahl.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.scoring.Disclosure;
import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.SpeedupResult;
import dev.amdahl.grader.scoring.SpeedupResult.Status;
import dev.amdahl.grader.scoring.StyleReview;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grader.style.CategoryScore;
import dev.amdahl.grader.style.StyleCategory;
import dev.amdahl.grader.style.StyleFinding;
import dev.amdahl.grader.style.StyleScore;
import dev.amdahl.grader.style.Treatment;
import dev.amdahl.grader.scoring.ScalingPoint;
import dev.amdahl.grader.scoring.SpeedupMeasurement;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import dev.amdahl.grading.TestKind;
import dev.amdahl.grading.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML feedback: what the Markdown says, escaped, hiding what a student may not see yet. */
class HtmlReportTest {

    private static final String EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)> & \"q\" 'a' \u0000\u001b end";
    private static final String SECRET = "hidden-secret-name";

    private static GradeReport report() {
        PlannedTest passes = new PlannedTest("id-1", "demo.RunTest", "passes", "runs it", 2);
        PlannedTest fails = new PlannedTest("id-2", "demo.RunTest", "fails", "evil " + EVIL, 3);
        PlannedTest hidden = new PlannedTest("id-3", "demo.RunTest", "secret", SECRET, 4, false, Visibility.HIDDEN,
                TestKind.BEHAVIOUR);
        PlannedTest later = new PlannedTest("id-4", "demo.RunTest", "later", "checked after the due date", 1, false,
                Visibility.AFTER_DUE_DATE, TestKind.BEHAVIOUR);
        StyleScore style = new StyleScore(1, 2, Map.of(StyleCategory.NAMING, new CategoryScore(Treatment.GRADED, 1,
                1, 2)), List.of(new StyleFinding("demo/Run.java", 12, 5, StyleCategory.NAMING, "MethodName",
                "Name '" + EVIL + "' must match pattern")));
        SpeedupMeasurement measured = new SpeedupMeasurement(7, 4, 1200, 330, 387.1, 3.1, 3.64, 0.85, 0.05);
        SpeedupResult scored = new SpeedupResult("PrimeSpeedup", "counting primes " + EVIL, 4, 3.2, Status.SCORED,
                measured.explain(), Optional.of(measured), List.of(new ScalingPoint(1, 1210, 0.99),
                        new ScalingPoint(4, 387.1, 3.1)), 1);
        ExerciseResult exercise = new ExerciseResult("processes", Verdict.COMPLETED, "detail " + EVIL, List.of(
                new GradedResult(passes, Outcome.PASSED, "", 15),
                new GradedResult(fails, Outcome.FAILED, "expected <1> " + EVIL + "\nsecond line " + EVIL, 20),
                new GradedResult(hidden, Outcome.FAILED, "the " + SECRET + " message", 20),
                new GradedResult(later, Outcome.FAILED, "not yet " + SECRET, 20)),
                List.of("a link in alice.zip was not unpacked: x -> /etc " + EVIL), Duration.ofSeconds(12))
                .withStyle(new StyleReview(style, "exercises/processes/src/main/java", "10"))
                .withSpeedups(List.of(scored));
        return new GradeReport("alice", "1.0", "img", Instant.parse("2026-11-24T10:00:00Z"), List.of(exercise),
                Optional.empty(), Disclosure.beforeDueDate());
    }

    @Test
    void escapesWhatTheStudentWrote() {
        String html = new HtmlReport().render(report());

        assertThat(html).doesNotContain("<script", "<img", "onerror=alert(2)>", "\u0000", "\u001b")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Name &#39;&lt;script&gt;"); // in a style finding
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'\">");
        assertThat(tags(html)).as("only our own markup").allSatisfy(tag -> assertThat(tag).isIn(
                "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "p", "section", "header",
                "span", "pre", "table", "thead", "tbody", "tr", "th", "td", "details", "summary", "ul", "li", "div",
                "strong", "caption", "footer"));
        assertThat(html).as("no tag loads or links anything").doesNotContainPattern("(?i)<[^>]*\\b(src|href)\\s*=");
    }

    @Test
    void hidesHiddenTestsAndWithheldMessages() {
        String html = new HtmlReport().render(report());

        assertThat(html).doesNotContain(SECRET).contains("hidden test 1")
                .contains("(details are shown after the due date)");
    }

    @Test
    void saysWhatTheMarkdownSays() {
        GradeReport report = report();
        String html = new HtmlReport().render(report);
        String markdown = new MarkdownReport().render(report);

        assertThat(markdown).contains("**Score: 6.2 / 16**").contains("## processes: 6.2 / 16 (completed)");
        assertThat(html).contains("Score: 6.2 / 16").contains("<h2>processes</h2>")
                .contains("<span class=\"points\">6.2 / 16</span>");
        // the points column of every test row, the style summary and the speedup's summary are the same words
        for (String words : List.of("2 / 2", "0 / 3", "0 / 4", "0 / 1", "Style: 1 / 2 points.",
                "Naming: 1 finding, −1 (at most 2).", "speedup 3.10 on 4 cores (reference 3.64)",
                "Speedup at 1, 4 cores:")) {
            assertThat(markdown).contains(words);
            assertThat(html).contains(words);
        }
    }

    @Test
    void anIncompleteGradeSaysSoInTheMarkdownsWords() {
        GradeReport report = report();
        ExerciseResult broken = new ExerciseResult("threads", Verdict.INTERNAL_ERROR, "", List.of(), List.of(),
                Duration.ZERO);
        GradeReport incomplete = new GradeReport("alice", "1.0", "img", report.gradedAt(),
                List.of(report.exercises().get(0), broken));

        String html = new HtmlReport().render(incomplete);
        String markdown = new MarkdownReport().render(incomplete);

        String sentence = "Some exercises could not be graded through no fault of yours; they will be graded again.";
        assertThat(markdown).contains(sentence);
        assertThat(html).contains(sentence).contains("class=\"score incomplete\"").contains("not graded");
    }

    @Test
    void notesAboutTheSubmissionAreShownInBothFormats() {
        String html = new HtmlReport().render(report());
        String markdown = new MarkdownReport().render(report());

        assertThat(html).contains("Note: a link in alice.zip was not unpacked: x -&gt; /etc &lt;script&gt;");
        assertThat(markdown).contains("- Note: a link in alice.zip was not unpacked: x -&gt; /etc &lt;script&gt;");
    }

    @Test
    void isWrittenAsFeedbackHtml() {
        assertThat(ReportFormat.HTML.fileName()).isEqualTo("feedback.html");
        assertThat(ReportFormat.HTML.toString()).isEqualTo("html");
    }

    private static List<String> tags(String html) {
        Matcher matcher = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(html);
        List<String> tags = new java.util.ArrayList<>();
        while (matcher.find()) {
            tags.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return tags;
    }
}
