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

    @Test
    void speedupCasesCarryPointsAndThresholds() throws Exception {
        ExerciseRubric rubric = load("speedup = WordCountSpeedup:2, dev.x.ConvolutionSpeedup:2.5\n"
                + "speedup.full-at = 0.9\nspeedup.floor-at = 0.4\nspeedup.max-spread = 0.15\nspeedup.retries = 3\n"
                + "speedup.trials = 5\nspeedup.warmups = 1\nspeedup.size = 1000\nspeedup.reference-gain = 0.6\n");

        SpeedupRubric speedup = rubric.speedup();
        assertThat(speedup.cases()).containsExactly(new SpeedupRubric.Case("WordCountSpeedup", 2),
                new SpeedupRubric.Case("dev.x.ConvolutionSpeedup", 2.5));
        assertThat(speedup.points()).isEqualTo(4.5);
        assertThat(speedup.fullAt()).isEqualTo(0.9);
        assertThat(speedup.floorAt()).isEqualTo(0.4);
        assertThat(speedup.maxSpread()).isEqualTo(0.15);
        assertThat(speedup.retries()).isEqualTo(3);
        assertThat(speedup.trials()).isEqualTo(5);
        assertThat(speedup.warmups()).isEqualTo(1);
        assertThat(speedup.size()).hasValue(1000);
        assertThat(speedup.referenceGain()).isEqualTo(0.6);
        assertThat(load("speedup = A:1\n").speedup().referenceGain()).as("the default").isEqualTo(0.5);
        assertThat(ExerciseRubric.load(exercise.resolve("none")).speedup().cases()).isEmpty();
    }

    @Test
    void aSpeedupRubricThatCannotWorkSaysWhatToWrite() {
        assertThatThrownBy(() -> load("speedup = PrimeCountingSpeedup\n")).hasMessageContaining("CASE:POINTS");
        assertThatThrownBy(() -> load("speedup = PrimeCountingSpeedup:0\n")).hasMessageContaining("more than 0");
        assertThatThrownBy(() -> load("speedup = A:1, A:2\n")).hasMessageContaining("twice");
        assertThatThrownBy(() -> load("speedup.trials = 5\n")).hasMessageContaining("add speedup = CASE:POINTS");
        assertThatThrownBy(() -> load("speedup = A:1\nspeedup.full-at = 0.2\n"))
                .hasMessageContaining("below speedup.full-at");
        assertThatThrownBy(() -> load("speedup = A:1\nspeedup.trials = 2\n")).hasMessageContaining("3 or more");
        assertThatThrownBy(() -> load("speedup = A:1\nspeedup.retries = many\n"))
                .hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> load("speedup.sizes = 3\n")).hasMessageContaining("unknown key");
        assertThatThrownBy(() -> load("speedup = A:1\nspeedup.reference-gain = 2\n"))
                .hasMessageContaining("speedup.reference-gain must be between 0 and 1");
    }
}
