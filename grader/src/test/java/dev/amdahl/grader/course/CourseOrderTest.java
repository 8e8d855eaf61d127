package dev.amdahl.grader.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseOrderTest {

    @Test
    void theCourseTeachesLatencyFirstAndTestingLastAsTheLectureDoes() throws Exception {
        assertThat(Course.load(Repository.root()).exercises()).extracting(Exercise::id).containsExactly(
                "latency", "processes", "pipes", "threadpools", "mapreduce", "vectorization", "testing");
    }

    @Test
    void theBuildsModulesSetTheOrderAndUnlistedExercisesFollowByName(@TempDir Path course) throws Exception {
        for (String id : new String[] {"alpha", "beta", "gamma", "delta"}) {
            Files.createDirectories(course.resolve("exercises").resolve(id).resolve("src/test/java"));
        }
        Files.writeString(course.resolve("exercises/pom.xml"), """
                <project><artifactId>x</artifactId>
                  <modules><module>gamma</module><module> alpha </module><module>gone</module></modules>
                </project>
                """);
        assertThat(Course.load(course).exercises()).extracting(Exercise::id)
                .containsExactly("gamma", "alpha", "beta", "delta");
    }

    @Test
    void withoutABuildTheExercisesGoByName(@TempDir Path course) throws Exception {
        for (String id : new String[] {"beta", "alpha"}) {
            Files.createDirectories(course.resolve("exercises").resolve(id).resolve("src/test/java"));
        }
        assertThat(Course.load(course).exercises()).extracting(Exercise::id).containsExactly("alpha", "beta");
    }

    @Test
    void aBrokenBuildIsNamedWithWhatToDo(@TempDir Path course) throws IOException {
        Files.createDirectories(course.resolve("exercises/alpha/src/test/java"));
        Files.writeString(course.resolve("exercises/pom.xml"), "<project><modules>");
        assertThatThrownBy(() -> Course.load(course)).isInstanceOf(CourseException.class)
                .hasMessageContaining("Cannot read the order of the exercises from")
                .hasMessageContaining("or remove it to order them by name");
    }

    @Test
    void aBuildWithADoctypeIsRefusedSoNoEntityReadsOtherFiles(@TempDir Path course) throws IOException {
        Files.createDirectories(course.resolve("exercises/alpha/src/test/java"));
        Files.writeString(course.resolve("exercises/pom.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE project [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <project><modules><module>&secret;</module></modules></project>
                """);
        assertThatThrownBy(() -> Course.load(course)).isInstanceOf(CourseException.class)
                .hasMessageContaining("DOCTYPE");
    }
}
