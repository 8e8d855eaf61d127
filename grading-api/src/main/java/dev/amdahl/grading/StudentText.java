package dev.amdahl.grading;

/**
 * Text from a student's repository (test names, failure messages, compiler output) made safe to show and cut to a
 * length: the one place that does it, for the grader's reports and for the feedback in a student's repository.
 * What a format must escape besides (JSON, Markdown, HTML, XML) its writer does.
 */
public final class StudentText {

    /** The mark at the end of cut text: a student sees that there was more, not a message that ends oddly. */
    public static final String CUT = " … (cut)";

    private StudentText() {
    }

    /**
     * {@code text} with its lines kept: Windows line ends become line feeds, other control characters (terminal
     * escapes among them) become {@code ?} except tabs, and a lone surrogate, which no encoding can write,
     * becomes U+FFFD.
     */
    public static String printableLines(String text) {
        return printable(text.replace("\r\n", "\n"), true);
    }

    /**
     * {@code text} on one line: every control character but tabs becomes {@code ?} (line ends among them, and
     * terminal escapes), a lone surrogate U+FFFD.
     */
    public static String printableLine(String text) {
        return printable(text, false);
    }

    /**
     * At most {@code max} characters, the {@link #CUT mark} included when cut, never half a character; no text
     * ({@code null}) is empty.
     */
    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(1, max - CUT.length());
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT;
    }

    private static String printable(String text, boolean keepLines) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (Character.isISOControl(c) && c != '\t' && !(keepLines && c == '\n')) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
