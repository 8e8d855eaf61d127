package dev.amdahl.grading.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The job summary's escaping, one Markdown construct at a time: with every backslash-escaped character taken out,
 * nothing that starts Markdown is left, and CommonMark's reading of the escapes gives back what the student wrote.
 */
class FeedbackMarkdownEscapeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "![35/35](https://evil.example/badge.svg)", // an image
        "[appeal](https://evil.example) [ref][1] [^note]", // links, a footnote
        "<https://evil.example> https://evil.example www.evil.example me@evil.example @someone", // autolinks, mention
        "*bold* _em_ **strong** ~~gone~~", // emphasis, strikethrough
        "# Score: 35/35", // a heading
        "- item", "1. first", "> quoted", "---", // a list, a quote, a rule
        "`code` ```java", // a code span, a fence
        "<img src=x onerror=alert(1)> &copy;", // HTML, an entity
        "a | b", // a table border
        "$x^2$", // GitHub math
    })
    void leavesNothingThatStartsMarkdown(String text) {
        String escaped = FeedbackMarkdown.escape(text);

        String bare = escaped.replaceAll("\\\\.", "");
        for (char live : "![]()<>&*_~`#|$@:-.".toCharArray()) {
            assertFalse(bare.indexOf(live) >= 0, "'" + live + "' unescaped in " + escaped);
        }
        assertEquals(text, escaped.replaceAll("\\\\(.)", "$1"), "reads as written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"one\ntwo", "one\r\ntwo", "one\ttwo"})
    void lineBreaksBecomeSpaces(String text) {
        assertFalse(FeedbackMarkdown.escape(text).contains("\n") || FeedbackMarkdown.escape(text).contains("\r"));
    }
}
