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
}
