package dev.amdahl.grader.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StylePolicyTest {

    private static Properties properties(String text) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }

    private static StylePolicy parse(String text) throws Exception {
        return StylePolicy.parse(properties(text), "course.properties");
    }

    private static List<StyleFinding> findings(StyleCategory category, int count) {
        List<StyleFinding> findings = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            findings.add(new StyleFinding("A.java", i, 1, category, "Check", "message " + i));
        }
        return findings;
    }

    @Test
    void everyCategoryIsFeedbackByDefault() throws Exception {
        StylePolicy policy = parse("exercise.processes.points = 10\n");

        assertThat(policy).isEqualTo(StylePolicy.defaults());
        assertThat(policy.rules()).hasSize(StyleCategory.values().length)
                .allSatisfy((category, rule) -> assertThat(rule).isEqualTo(CategoryRule.feedback()));
        assertThat(policy.possible()).isZero();
    }

    @Test
    void readsTreatmentsPenaltiesAndCaps() throws Exception {
        StylePolicy policy = parse("""
                style.naming = graded
                style.naming.penalty = 0.5
                style.naming.cap = 2
                style.likely-bugs = GRADED
                style.likely-bugs.penalty = 1
                style.likely-bugs.cap = 3.5
                style.formatting = off
                style.documentation = feedback
                other.key = ignored
                """);

        assertThat(policy.rules()).containsEntry(StyleCategory.NAMING, CategoryRule.graded(0.5, 2))
                .containsEntry(StyleCategory.LIKELY_BUGS, CategoryRule.graded(1, 3.5))
                .containsEntry(StyleCategory.FORMATTING, CategoryRule.off())
                .containsEntry(StyleCategory.DOCUMENTATION, CategoryRule.feedback())
                .containsEntry(StyleCategory.COMPLEXITY, CategoryRule.feedback());
        assertThat(policy.possible()).isEqualTo(5.5);
    }

    @Test
    void anUnknownStyleKeyIsAnErrorThatListsTheValidOnes() {
        assertThatThrownBy(() -> parse("style.nameing = graded\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("course.properties")
                .hasMessageContaining("style.nameing")
                .hasMessageContaining("style.naming, style.naming.penalty, style.naming.cap")
                .hasMessageContaining("style.likely-bugs.cap");
    }

    @Test
    void aTreatmentMustBeOffFeedbackOrGraded() {
        assertThatThrownBy(() -> parse("style.complexity = yes\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("course.properties: style.complexity = yes is not a treatment:"
                        + " write style.complexity = off, feedback or graded");
    }

    @Test
    void numbersMustBeZeroOrMore() {
        assertThatThrownBy(() -> parse("style.naming = graded\nstyle.naming.penalty = 0,5\nstyle.naming.cap = 2\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("course.properties: style.naming.penalty = 0,5 is not a number")
                .hasMessageContaining("style.naming.penalty = 0.5");
        assertThatThrownBy(() -> parse("style.naming.cap = -1\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("style.naming.cap = -1");
        assertThatThrownBy(() -> parse("style.naming.cap = NaN\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("style.naming.cap = NaN");
    }

    @Test
    void aGradedCategoryNeedsAPenaltyAndACapAboveZero() {
        assertThatThrownBy(() -> parse("style.naming = graded\nstyle.naming.cap = 2\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("course.properties: style.naming is graded")
                .hasMessageContaining("write e.g. style.naming.penalty = 0.5");
        assertThatThrownBy(() -> parse("style.naming = graded\nstyle.naming.penalty = 0.5\nstyle.naming.cap = 0\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("write e.g. style.naming.cap = 2");
        assertThatThrownBy(() -> CategoryRule.graded(0, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPenaltyOfACategoryThatIsNotGradedIsKeptButCostsNothing() throws Exception {
        StylePolicy policy = parse("style.naming = feedback\nstyle.naming.penalty = 0.5\nstyle.naming.cap = 2\n");

        StyleScore score = policy.score(findings(StyleCategory.NAMING, 3));

        assertThat(score.possible()).isZero();
        assertThat(score.categories().get(StyleCategory.NAMING))
                .isEqualTo(new CategoryScore(Treatment.FEEDBACK, 3, 0, 0));
    }

    @Test
    void aGradedCategoryCostsNoMoreThanItsCap() throws Exception {
        StylePolicy policy = parse("style.naming = graded\nstyle.naming.penalty = 0.5\nstyle.naming.cap = 2\n");

        StyleScore score = policy.score(findings(StyleCategory.NAMING, 7));

        assertThat(score.categories().get(StyleCategory.NAMING))
                .isEqualTo(new CategoryScore(Treatment.GRADED, 7, 2, 2));
        assertThat(score.possible()).isEqualTo(2);
        assertThat(score.earned()).isZero();
        assertThat(score.shown()).hasSize(7);
    }

    @Test
    void belowTheCapEachFindingCostsItsPenalty() throws Exception {
        StylePolicy policy = parse("style.naming = graded\nstyle.naming.penalty = 0.1\nstyle.naming.cap = 1\n");

        StyleScore score = policy.score(findings(StyleCategory.NAMING, 3));

        assertThat(score.categories().get(StyleCategory.NAMING).deducted()).isEqualTo(0.3);
        assertThat(score.earned()).isEqualTo(0.7);
        assertThat(score.possible()).isEqualTo(1);
    }

    @Test
    void feedbackDeductsNothingAndOffHidesItsFindings() throws Exception {
        StylePolicy policy = parse("""
                style.likely-bugs = graded
                style.likely-bugs.penalty = 1
                style.likely-bugs.cap = 3
                style.documentation = off
                """);
        List<StyleFinding> findings = new ArrayList<>();
        findings.addAll(findings(StyleCategory.LIKELY_BUGS, 1));
        findings.addAll(findings(StyleCategory.FORMATTING, 4));
        findings.addAll(findings(StyleCategory.DOCUMENTATION, 2));

        StyleScore score = policy.score(findings);

        assertThat(score.possible()).isEqualTo(3);
        assertThat(score.earned()).isEqualTo(2);
        assertThat(score.categories().get(StyleCategory.FORMATTING))
                .isEqualTo(new CategoryScore(Treatment.FEEDBACK, 4, 0, 0));
        assertThat(score.categories().get(StyleCategory.DOCUMENTATION))
                .isEqualTo(new CategoryScore(Treatment.OFF, 2, 0, 0));
        assertThat(score.shown()).hasSize(5).noneMatch(f -> f.category() == StyleCategory.DOCUMENTATION);
    }

    @Test
    void noFindingsKeepEveryPoint() throws Exception {
        StylePolicy policy = parse("style.naming = graded\nstyle.naming.penalty = 0.5\nstyle.naming.cap = 2\n");

        StyleScore score = policy.score(List.of());

        assertThat(score.earned()).isEqualTo(2);
        assertThat(score.shown()).isEmpty();
        assertThat(score.categories()).hasSize(StyleCategory.values().length);
    }
}
