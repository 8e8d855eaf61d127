package dev.amdahl.grader.course;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.Repository;
import dev.amdahl.grading.practice.PracticeVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The practice variants the testing exercise ships to students (exercises/testing/practice/, run by their
 * {@code mvn test}) keep the graded planted bugs secret: other kinds, other changes. That each one can be caught,
 * and the equivalent one passed, the reference tests prove in solutions/testing's build (PracticeRun --strict).
 */
class PracticeVariantsTest {

    @Test
    void theTestingExerciseShipsPracticeBugsOfOtherKindsThanTheGradedOnes() throws Exception {
        Exercise testing = Course.load(Repository.root()).select(List.of("testing")).get(0);
        // discover() also refuses a variant file that is not the program's, or is the program's own, unchanged.
        List<PracticeVariant> variants = PracticeVariant.discover(testing.directory().resolve("practice"),
                testing.skeletonSources());
        List<PracticeVariant> bugs = variants.stream().filter(variant -> !variant.equivalent()).toList();
        Set<String> gradedKinds = testing.plantedBugs().stream().map(PlantedBug::kind).collect(Collectors.toSet());

        assertThat(bugs).as("practice bugs").hasSizeGreaterThanOrEqualTo(3);
        assertThat(variants).filteredOn(PracticeVariant::equivalent).as("practice equivalent refactorings").hasSize(1);
        assertThat(bugs).extracting(PracticeVariant::kind).as("kinds of the practice bugs").doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(gradedKinds).doesNotContain("equivalent-refactoring");
        assertThat(gradedKinds).as("the graded kinds, read from planted-bugs/testing").hasSizeGreaterThan(5);
        assertThat(variants).extracting(PracticeVariant::id).as("ids").doesNotContainAnyElementsOf(
                testing.plantedBugs().stream().map(PlantedBug::id).toList());
    }

    @Test
    void noPracticeVariantMakesTheChangeOfAPlantedBug() throws Exception {
        Exercise testing = Course.load(Repository.root()).select(List.of("testing")).get(0);
        for (PracticeVariant variant : PracticeVariant.discover(testing.directory().resolve("practice"),
                testing.skeletonSources())) {
            for (Path file : variant.files()) {
                String path = variant.sources().relativize(file).toString();
                for (PlantedBug bug : testing.plantedBugs()) {
                    Path planted = bug.sources().resolve(path);
                    if (Files.isRegularFile(planted)) {
                        Set<String> program = Set.copyOf(Files.readAllLines(testing.skeletonSources().resolve(path)));
                        assertThat(changedLines(file, program))
                                .as("lines practice %s and planted %s both change in %s", variant.id(), bug.id(), path)
                                .doesNotContainAnyElementsOf(changedLines(planted, program));
                    }
                }
            }
        }
    }

    /** The lines of {@code file} that the program does not have, without their indentation. */
    private static Set<String> changedLines(Path file, Set<String> program) throws java.io.IOException {
        return Files.readAllLines(file).stream().filter(line -> !program.contains(line)).map(String::strip)
                .filter(line -> !line.isEmpty() && !line.equals("}")).collect(Collectors.toSet());
    }
}
