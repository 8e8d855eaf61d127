package dev.amdahl.grading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Text from a student's repository (test names, failure messages, compiler output) made safe to show and cut to a
 * length: the one place that does it, for the grader's reports and for the feedback in a student's repository.
 * What a format must escape besides (JSON, Markdown, HTML, XML) its writer does.
 */
public final class StudentText {

    /** The mark at the end of cut text: a student sees that there was more, not a message that ends oddly. */
    public static final String CUT = " … (cut)";

    /** Where a message was shortened in its middle. */
    public static final String GAP = " … ";

    /** ArchUnit's opening, the same for every rule: the table has no room for it. */
    private static final Pattern ARCHUNIT_PREFIX =
            Pattern.compile("^Architecture Violation \\[Priority: \\w+] - ");
    /** Where ArchUnit's rule ends and its list of violations begins. */
    private static final Pattern ARCHUNIT_VIOLATED =
            Pattern.compile("^Architecture Violation .*? was violated \\(\\d+ times?\\):",
                    Pattern.DOTALL);

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

    /**
     * A failure message on one line of at most about {@code max} characters, shortened in its middle rather than at
     * its end. The messages of this course say first what failed and last what to do about it ("… are still
     * alive: [...]. Shut the pool down in a finally block."), so a message that is too long keeps its first sentence
     * and as many of its last sentences as fit, and loses the ones between. JUnit's own detail after {@code " ==> "}
     * (the expected and actual values, often whole collections) is cut before any sentence of the test's own.
     * Lines are joined with spaces; {@code null} is empty.
     */
    public static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = oneLine(ARCHUNIT_PREFIX.matcher(text).replaceFirst(""));
        if (line.length() <= max) {
            return line;
        }
        String own;
        String detail;
        String separator;
        Matcher violated = ARCHUNIT_VIOLATED.matcher(text);
        if (violated.find()) {
            // ArchUnit: the rule and its "because" (the advice) on the first line, then one line per violation.
            own = oneLine(ARCHUNIT_PREFIX.matcher(text.substring(0, violated.end())).replaceFirst(""));
            detail = oneLine(text.substring(violated.end()));
            separator = " ";
        } else {
            int detailAt = line.indexOf(" ==> ");
            own = detailAt < 0 ? line : line.substring(0, detailAt);
            detail = detailAt < 0 ? "" : line.substring(detailAt + " ==> ".length());
            separator = " ==> ";
        }
        String head = keepFirstAndLast(own, max);
        int room = max - head.length() - separator.length();
        if (detail.isEmpty()) {
            return head;
        }
        if (room >= 60) { // less than that of a value or a violation says nothing
            return head + separator + middleCut(detail, room);
        }
        return head + separator.stripTrailing() + GAP.stripTrailing();
    }

    private static String oneLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /**
     * The last sentences (the advice) whole, as many as fit in three quarters of {@code max}, after the first
     * sentence (what failed), whose middle is cut when the rest has no room for all of it. Without a sentence
     * to keep whole, the start and the end, each cut at a word.
     */
    private static String keepFirstAndLast(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String[] sentences = text.split("(?<=[.!?])\\s+");
        String tail = "";
        for (int i = sentences.length - 1; i >= 1; i--) {
            String longer = sentences[i] + (tail.isEmpty() ? "" : " " + tail);
            if (longer.length() > max * 3 / 4) {
                break;
            }
            tail = longer;
        }
        if (tail.isEmpty()) {
            return middleCut(text, max);
        }
        return middleCut(sentences[0], max - GAP.length() - tail.length()) + GAP + tail;
    }

    /** About the first two fifths and the last three of {@code text}, each cut at a word. */
    private static String middleCut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int start = (max - GAP.length()) * 2 / 5;
        return startAtWord(text, start) + GAP + endAtWord(text, max - GAP.length() - start);
    }

    /** At most {@code chars} characters from the start of {@code text}, ended at a space when there is one. */
    private static String startAtWord(String text, int chars) {
        int end = Math.max(1, Math.min(chars, text.length()));
        int space = text.lastIndexOf(' ', end);
        if (space > end / 2) {
            end = space;
        } else if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing();
    }

    /** At most {@code chars} characters from the end of {@code text}, begun at a space when there is one. */
    private static String endAtWord(String text, int chars) {
        int start = Math.max(0, text.length() - Math.max(1, chars));
        int space = text.indexOf(' ', start);
        if (space >= 0 && space < start + chars / 2) {
            start = space + 1;
        } else if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        return text.substring(start);
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
