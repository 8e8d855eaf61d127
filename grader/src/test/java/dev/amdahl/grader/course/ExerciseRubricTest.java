package dev.amdahl.grader.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.style.StylePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseRubricTest {

    @TempDir
    Path exercise;

    private ExerciseRubric load(String text) throws Exception {
        Files.writeString(exercise.resolve(ExerciseRubric.FILE), text);
        return ExerciseRubric.load(exercise);
    }

    @Test
    void withoutAFileStructureIsGradedAndStyleIsFeedback() throws Exception {
        ExerciseRubric rubric = ExerciseRubric.load(exercise);

        assertThat(rubric.structure()).isEqualTo(ExerciseRubric.Treatment.GRADED);
        assertThat(rubric.style()).isEqualTo(StylePolicy.defaults());
        assertThat(rubric.sha256()).isEmpty();
    }

    @Test
    void readsStructureAndHandsStyleKeysOn() throws Exception {
        ExerciseRubric rubric = load("structure = feedback\nstyle.naming = graded\nstyle.naming.penalty = 0.5\n"
                + "style.naming.cap = 2\n");

        assertThat(rubric.structure()).isEqualTo(ExerciseRubric.Treatment.FEEDBACK);
        assertThat(rubric.style().possible()).isEqualTo(2);
        assertThat(rubric.sha256()).hasSize(64);
    }

    @Test
    void testPointsHaveOneHomeTheAnnotations() {
        assertThatThrownBy(() -> load("points.callReturnsExitCode = 3\n"))
                .hasMessageContaining("live only in their @Points annotations");
        assertThatThrownBy(() -> load("structure = maybe\n")).hasMessageContaining("graded, feedback, off");
        assertThatThrownBy(() -> load("coverage = graded\n")).hasMessageContaining("cannot be graded by this version");
        assertThatThrownBy(() -> load("stlye.naming = graded\n")).hasMessageContaining("unknown key 'stlye.naming'");
        assertThatThrownBy(() -> load("style.naming = graded\n")).isInstanceOf(CourseException.class)
                .hasMessageContaining("style.naming.penalty");
    }

    @Test
    void aSubmittedTestSuiteIsGradedByCoverageAndPlantedBugs() throws Exception {
        ExerciseRubric rubric = load("kind = student-tests\ncoverage.line = 60:2, 80:4, 90:5\n"
                + "coverage.branch = 50:1, 70:2, 85:3\ncoverage.requires-caught-bug = false\n"
                + "planted-bugs.points-each = 2\nstyle.naming = feedback\n");

        assertThat(rubric.gradesStudentTests()).isTrue();
        StudentTestsRubric suite = rubric.studentTests().orElseThrow();
        assertThat(suite.lineCoverage().toString()).isEqualTo("60:2, 80:4, 90:5");
        assertThat(suite.lineCoverage().maxPoints()).isEqualTo(5);
        assertThat(suite.lineCoverage().increment(1)).isEqualTo(2);
        assertThat(suite.branchCoverage().maxPoints()).isEqualTo(3);
        assertThat(suite.coverageRequiresCaughtBug()).isFalse();
        assertThat(suite.pointsPerBug()).isEqualTo(2);
        assertThat(load("structure = graded\n").gradesStudentTests()).isFalse();
    }

    @Test
    void suiteKeysSayWhatIsWrong() {
        assertThatThrownBy(() -> load("coverage.line = 60:2\n")).hasMessageContaining("needs kind = student-tests");
        assertThatThrownBy(() -> load("kind = tests\n")).hasMessageContaining("kind = tests is not known");
        assertThatThrownBy(() -> load("kind = student-tests\ncoverage.line = 80:4, 60:2\n"))
                .hasMessageContaining("lowest first");
        assertThatThrownBy(() -> load("kind = student-tests\ncoverage.line = 80\n"))
                .hasMessageContaining("'80' is not PERCENT:POINTS");
        assertThatThrownBy(() -> load("kind = student-tests\ncoverage.requires-caught-bug = yes\n"))
                .hasMessageContaining("not true or false");
        assertThatThrownBy(() -> load("kind = student-tests\nplanted-bugs.points-each = two\n"))
                .hasMessageContaining("is not a number");
    }
}
