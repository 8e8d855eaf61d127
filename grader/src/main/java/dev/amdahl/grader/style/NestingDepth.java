package dev.amdahl.grader.style;

/**
 * How deeply brackets nest in a Java source, outside strings, characters and comments. Checkstyle's parser
 * slows down sharply on deep nesting (tens of seconds for 30,000 parentheses) and may run out of stack, so
 * a file nested deeper than any person writes is not handed to it at all.
 */
final class NestingDepth {

    /** Deeper than any hand-written code; shallow enough that the parser stays quick. */
    static final int MAX = 200;

    private NestingDepth() {
    }

    static int of(String source) {
        int depth = 0;
        int deepest = 0;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = skipTo(source, i + 2, "\n");
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                i = skipTo(source, i + 2, "*/");
            } else if (source.startsWith("\"\"\"", i)) {
                i = skipQuoted(source, i + 3, "\"\"\"");
            } else if (c == '"' || c == '\'') {
                i = skipQuoted(source, i + 1, String.valueOf(c));
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    deepest = Math.max(deepest, ++depth);
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
                i++;
            }
        }
        return deepest;
    }

    private static int skipTo(String source, int from, String end) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }

    /** Past the closing quote, honouring backslash escapes; a line break ends an unclosed literal. */
    private static int skipQuoted(String source, int from, String quote) {
        int i = from;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            } else if (c == '\n' && quote.length() == 1) {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }
}
