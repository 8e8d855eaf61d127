package dev.amdahl.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StudentTextTest {

    @Test
    void cutTextKeepsToItsLengthWithTheMarkIncluded() {
        String cut = StudentText.cut("x".repeat(50), 20);

        assertEquals(20, cut.length());
        assertEquals("x".repeat(12) + " … (cut)", cut);
        assertEquals("short", StudentText.cut("short", 20));
        assertEquals("x".repeat(20), StudentText.cut("x".repeat(20), 20), "exactly the length is not cut");
        assertEquals("", StudentText.cut(null, 20));
    }

    @Test
    void cutsBetweenCharactersNeverInsideOne() {
        String text = "x".repeat(11) + "🎉" + "y".repeat(20); // the emoji takes chars 11 and 12

        assertEquals("x".repeat(11) + StudentText.CUT, StudentText.cut(text, 20));
    }

    @Test
    void printableLinesKeepsLinesAndTabsOnly() {
        assertEquals("a\nb\tc?[2J d?e \uFFFD 🎉",
                StudentText.printableLines("a\r\nb\tc\u001b[2J d\u0000e \ud800 🎉"));
        assertEquals("a?b", StudentText.printableLines("a\rb"), "a lone carriage return could overwrite a line");
    }

    @Test
    void printableLineKeepsTabsOnly() {
        assertEquals("a??b\tc?[2J \uFFFD 🎉", StudentText.printableLine("a\r\nb\tc\u001b[2J \udfff 🎉"));
    }
}
