package dev.amdahl.grader.report;

import dev.amdahl.grading.StudentText;

/**
 * Student text (test names, messages, compiler output) escaped for each format the grader writes: Markdown, HTML,
 * XML. Making it printable and cutting it is {@link StudentText}'s, shared with the feedback in a student's
 * repository; every report writer goes through the two, none trusts the text it is given.
 */
final class Text {

    /** What any one message may take in a report. */
    static final int MAX_MESSAGE = 2_000;

    private Text() {
    }

    /** Only characters XML 1.0 allows (the writer escapes the rest of the markup). */
    static String xml(String text) {
        return StudentText.printableLines(text);
    }

    /** One Markdown table cell: the same as {@link #markdownInline}, which also keeps the cell's borders. */
    static String markdownCell(String text) {
        return markdownInline(text);
    }

    /**
     * Student text as literal Markdown inline text, in a table cell, a list item or a paragraph: it reads as the
     * student wrote it and does nothing. No HTML, entity or autolink ({@code < > & "} become entities); no link,
     * image or footnote, emphasis, code span, strikethrough, GitHub math, table border, URL or e-mail autolink
     * (those characters are backslash-escaped, as CommonMark allows for any ASCII punctuation); no heading, list,
     * quote or rule at its start; no line breaks. Punctuation that means nothing there (parentheses, {@code : . ! ,}
     * and the like, outside "://" and "www.") is left as it is, so the raw file stays readable too.
     */
    static String markdownInline(String text) {
        String printable = StudentText.printableLines(text.replace("\r\n", "\n").replace('\r', '\n'));
        StringBuilder out = new StringBuilder(printable.length() + 16);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (MARKDOWN_INLINE.indexOf(c) >= 0 || (c == '.' && afterWww(printable, i))
                    || (c == ':' && printable.startsWith("/", i + 1))) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return html(escapeLineStart(out.toString()));
    }

    /**
     * Characters that start or close Markdown (or GitHub's extensions) anywhere in a line. Parentheses, "!" and
     * "^" mean something only after a "[", which is escaped; ":" and "." are escaped only in "://" and "www.".
     */
    private static final String MARKDOWN_INLINE = "\\`*_[]|~$@";

    private static boolean afterWww(String text, int dot) {
        return dot >= 3 && text.regionMatches(true, dot - 3, "www", 0, 3);
    }

    /**
     * The text with a block marker at its start escaped: a heading ({@code #}), a list item ({@code -}, {@code +},
     * {@code 1.}, {@code 1)}), a rule or setext underline ({@code -}, {@code =}). Quotes ({@code >}) become
     * entities with the rest of the HTML; {@code *} is escaped everywhere.
     */
    private static String escapeLineStart(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        if (start == text.length()) {
            return text;
        }
        char first = text.charAt(start);
        if ("#-+=".indexOf(first) >= 0) {
            return text.substring(0, start) + '\\' + text.substring(start);
        }
        int digits = start;
        while (digits < text.length() && Character.isDigit(text.charAt(digits)) && digits - start < 10) {
            digits++;
        }
        if (digits > start && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
            return text.substring(0, digits) + '\\' + text.substring(digits);
        }
        return text;
    }

    /** A fenced Markdown block that the text cannot close early. */
    static String markdownBlock(String text) {
        String body = StudentText.printableLines(text);
        int longest = 0;
        int run = 0;
        for (char c : body.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "text\n" + body + (body.endsWith("\n") ? "" : "\n") + fence + "\n";
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
