package dev.amdahl.grader.report;

/**
 * Student text (test names, messages, compiler output) made safe for each format and cut to a length.
 * Every report writer goes through here; none trusts the text it is given.
 */
final class Text {

    /** What any one message may take in a report. */
    static final int MAX_MESSAGE = 2_000;

    private Text() {
    }

    /** At most {@code max} characters, with a mark where it was cut. */
    static String cap(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max) + " … (cut)";
    }

    /** Control characters other than newline and tab become '?'; lone surrogates become U+FFFD. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Only characters XML 1.0 allows (the writer escapes the rest of the markup). */
    static String xml(String text) {
        return printable(text).replace("\r", "");
    }

    /** One Markdown table cell: no HTML, no pipes, no line breaks. */
    static String markdownCell(String text) {
        return html(printable(text)).replace("|", "\\|").replace("\n", " ").replace("\t", " ");
    }

    /**
     * Running Markdown text (a paragraph, never the start of a line): no HTML, no emphasis, code, links, tables or
     * strikethrough, no line breaks; the reader sees the characters the student wrote.
     */
    static String markdownInline(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : printable(text).toCharArray()) {
            if ("\\`*_[]|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\t' ? ' ' : c);
        }
        return html(out.toString());
    }

    /** A fenced Markdown block that the text cannot close early. */
    static String markdownBlock(String text) {
        String body = printable(text);
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
