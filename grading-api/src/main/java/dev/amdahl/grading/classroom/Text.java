package dev.amdahl.grading.classroom;

/** Text from a student's repository made safe to show: no control characters, and not too long. */
final class Text {

    private Text() {
    }

    /** {@code text} on one line: control characters (terminal escapes among them) become {@code ?}. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    /**
     * {@code text} with control characters other than line feeds and tabs replaced by {@code ?}, so several
     * lines stay several lines.
     */
    static String printableLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(c -> out.appendCodePoint(
                c == '\n' || c == '\t' || !Character.isISOControl(c) ? c : '?'));
        return out.toString();
    }

    /** At most {@code max} characters, cut between code points, with an ellipsis when cut. */
    static String cap(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(1, max - 1);
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
