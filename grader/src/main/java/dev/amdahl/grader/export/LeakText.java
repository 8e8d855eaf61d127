package dev.amdahl.grader.export;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Text helpers of the leak check: which files are text, and the forms in which two files count as the same. */
final class LeakText {

    private LeakText() {
    }

    /** The file's text, or empty for a binary file (a NUL byte, or not UTF-8). */
    static Optional<String> decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The text without any whitespace: re-indenting, re-wrapping or changing line endings does not hide a copy. */
    static String withoutWhitespace(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * Java source without its comments (each replaced by a space); string and character literals and text blocks
     * are kept as they are, so a {@code "//"} inside a string is not taken for a comment. An unterminated comment
     * or literal runs to the end, as javac would read it.
     */
    static String withoutJavaComments(String source) {
        StringBuilder kept = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
                kept.append(' ');
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                kept.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = literalEnd(source, i + 3, "\"\"\"", false);
                kept.append(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = literalEnd(source, i + 1, String.valueOf(c), true);
                kept.append(source, i, end);
                i = end;
            } else {
                kept.append(c);
                i++;
            }
        }
        return kept.toString();
    }

    /** Where a literal that started before {@code from} ends (just after its closing quote). */
    private static int literalEnd(String source, int from, String close, boolean endsAtLine) {
        int i = from;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (source.startsWith(close, i)) {
                return i + close.length();
            } else if (endsAtLine && c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return source.length();
    }

    /** The 1-based line of a character index. */
    static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A short stand-in for long contents, so that the check keeps hashes rather than whole files. */
    static String digest(String kind, byte[] content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kind.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String digest(String kind, String content) {
        return digest(kind, content.getBytes(StandardCharsets.UTF_8));
    }
}
