package dev.amdahl.exercises.pipes;

import static org.junit.jupiter.api.Assertions.fail;

/** Compares long texts without printing megabytes: a failure names the length and the first difference. */
final class Texts {

    private Texts() {
    }

    static void assertSame(String expected, String actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        if (actual == null) {
            fail(what + " Got null instead of " + expected.length() + " characters.");
        }
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        fail(what + " Expected " + expected.length() + " characters, got " + actual.length()
                + "; the first difference is at character " + at + ": expected " + excerpt(expected, at)
                + " but got " + excerpt(actual, at) + ".");
    }

    private static String excerpt(String text, int at) {
        if (at >= text.length()) {
            return "the end of the text";
        }
        String part = text.substring(at, Math.min(text.length(), at + 40));
        return "\"" + part.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
