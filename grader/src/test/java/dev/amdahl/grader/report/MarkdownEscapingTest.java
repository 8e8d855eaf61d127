package dev.amdahl.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.scoring.ExerciseResult;
import dev.amdahl.grader.scoring.GradeReport;
import dev.amdahl.grader.scoring.Verdict;
import dev.amdahl.grading.GradedResult;
import dev.amdahl.grading.Outcome;
import dev.amdahl.grading.PlannedTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Student text in {@code feedback.md} shows as the characters the student wrote and does nothing: one test per
 * Markdown (CommonMark, GitHub) construct. Each expected string is what CommonMark renders back to the input.
 */
class MarkdownEscapingTest {

    @Test
    void anImageShowsAsText() {
        assertThat(Text.markdownCell("![35/35](https://evil.example/badge.svg)"))
                .isEqualTo("!\\[35/35\\](https\\://evil.example/badge.svg)");
    }

    @Test
    void aLinkShowsAsText() {
        assertThat(Text.markdownCell("[appeal here](http://evil.example) [ref][1] [^note]"))
                .isEqualTo("\\[appeal here\\](http\\://evil.example) \\[ref\\]\\[1\\] \\[^note\\]");
    }

    @Test
    void autolinksAndBareAddressesAreNotLinked() {
        assertThat(Text.markdownCell("<https://evil.example> https://evil.example www.evil.example me@evil.example"))
                .isEqualTo("&lt;https\\://evil.example&gt; https\\://evil.example www\\.evil.example me\\@evil.example");
    }

    @Test
    void emphasisAndStrikethroughShowAsText() {
        assertThat(Text.markdownCell("*bold* _it_ **strong** __too__ ~~gone~~"))
                .isEqualTo("\\*bold\\* \\_it\\_ \\*\\*strong\\*\\* \\_\\_too\\_\\_ \\~\\~gone\\~\\~");
    }

    @Test
    void aHeadingAtTheStartShowsAsText() {
        assertThat(Text.markdownCell("# Score: 35/35")).isEqualTo("\\# Score: 35/35");
        assertThat(Text.markdownCell("  ### x")).isEqualTo("  \\### x");
        assertThat(Text.markdownCell("issue #3")).as("a # inside a line means nothing").isEqualTo("issue #3");
    }

    @Test
    void listsQuotesAndRulesAtTheStartShowAsText() {
        assertThat(Text.markdownCell("- item")).isEqualTo("\\- item");
        assertThat(Text.markdownCell("+ item")).isEqualTo("\\+ item");
        assertThat(Text.markdownCell("1. first")).isEqualTo("1\\. first");
        assertThat(Text.markdownCell("2) second")).isEqualTo("2\\) second");
        assertThat(Text.markdownCell("---")).isEqualTo("\\---");
        assertThat(Text.markdownCell("===")).isEqualTo("\\===");
        assertThat(Text.markdownCell("> quoted")).isEqualTo("&gt; quoted");
    }

    @Test
    void codeSpansAndFencesShowAsText() {
        assertThat(Text.markdownCell("`x` and ```java\nrm -rf\n```"))
                .isEqualTo("\\`x\\` and \\`\\`\\`java rm -rf \\`\\`\\`");
        assertThat(Text.markdownCell("~~~\ncode\n~~~")).isEqualTo("\\~\\~\\~ code \\~\\~\\~");
    }

    @Test
    void htmlAndEntitiesShowAsText() {
        assertThat(Text.markdownCell("<img src=x onerror=alert(1)> &copy; \"q\""))
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt; &amp;copy; &quot;q&quot;");
    }

    @Test
    void aPipeStaysInsideItsCell() {
        assertThat(Text.markdownCell("a | b")).isEqualTo("a \\| b");
        assertThat(Text.markdownCell("a \\| b")).as("a backslash of the student's cannot unescape the pipe")
                .isEqualTo("a \\\\\\| b");
    }

    @Test
    void lineBreaksBecomeSpaces() {
        assertThat(Text.markdownCell("one\ntwo\tthree\r\n# four\rfive")).isEqualTo("one two three # four five");
    }

    @Test
    void githubMathShowsAsText() {
        assertThat(Text.markdownCell("$x^2$ and $$\\color{red}{35/35}$$"))
                .isEqualTo("\\$x^2\\$ and \\$\\$\\\\color{red}{35/35}\\$\\$");
    }

    @Test
    void ordinaryMessagesStayReadable() {
        String message = "expected 3 but was 4 (in demo/Adder.java, line 12): 50% done? it's 1.5x! Map{a=1}";
        assertThat(Text.markdownCell(message)).isEqualTo(message);
    }

    @Test
    void feedbackShowsNoImageOrLinkFromAFailureMessageANameOrANote() {
        String attack = "![35/35](https://evil.example/badge.svg) [appeal](https://evil.example)";
        PlannedTest test = new PlannedTest("id-1", "demo.RunTest", "fails", "name " + attack, 3);
        ExerciseResult exercise = new ExerciseResult("processes", Verdict.COMPLETED, "", List.of(
                new GradedResult(test, Outcome.FAILED, attack + "\nsecond line", 20)),
                List.of("exercises/processes/src/main/java/" + attack + ": only .java files are compiled"),
                Duration.ofSeconds(1));
        String markdown = new MarkdownReport().render(
                new GradeReport("alice", "1.0", "img", Instant.parse("2026-11-24T10:00:00Z"), List.of(exercise)));

        assertThat(markdown).contains("!\\[35/35\\](https\\://evil.example/badge.svg)")
                .doesNotContain("![", "https://").doesNotContainPattern("[^\\\\]\\]\\(");
    }
}
