package dev.amdahl.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.scoring.StyleReview;
import dev.amdahl.grader.style.StyleCategory;
import dev.amdahl.grader.style.StyleFinding;
import dev.amdahl.grader.style.StyleScore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StyleTextTest {

    private static final StyleReview REVIEW = new StyleReview(new StyleScore(2, 2, Map.of(), List.of()),
            "exercises/processes/src/main/java", "10");

    @Test
    void aFindingAboutTheWholeFileNamesNoLineZero() {
        StyleFinding wholeFile = new StyleFinding("demo/Run.java", 0, 0, StyleCategory.FORMATTING, "NewlineAtEndOfFile",
                "File does not end with a newline.");

        assertThat(StyleText.location(REVIEW, wholeFile)).isEqualTo("exercises/processes/src/main/java/demo/Run.java");
    }

    @Test
    void aFindingOnALineNamesItsLineAndColumn() {
        StyleFinding onLine = new StyleFinding("demo/Run.java", 12, 5, StyleCategory.NAMING, "MethodName", "Name");

        assertThat(StyleText.location(REVIEW, onLine)).isEqualTo("exercises/processes/src/main/java/demo/Run.java:12:5");
    }
}
