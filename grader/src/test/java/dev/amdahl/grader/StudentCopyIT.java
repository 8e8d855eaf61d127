package dev.amdahl.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.export.StudentCopy;
import dev.amdahl.grader.io.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A student's copy (no solutions/) builds on its own, runs the tests against the skeleton and prints points. */
class StudentCopyIT {

    @TempDir
    Path temp;

    @Test
    void mvnTestInAStudentCopyRunsTheTestsAgainstTheSkeleton() throws Exception {
        Path copy = temp.resolve("student");
        StudentCopy.write(Repository.root(), copy);

        assertThat(copy.resolve("solutions")).doesNotExist();
        assertThat(copy.resolve("grader")).doesNotExist();
        assertThat(copy.resolve("samples")).doesNotExist();
        assertThat(Files.readString(copy.resolve("pom.xml"))).doesNotContain("<module>solutions</module>")
                .contains("<amdahl.exercises.skipTests>false</amdahl.exercises.skipTests>");

        String mavenHome = System.getProperty("maven.home");
        assertThat(mavenHome).as("maven.home is passed to the test by the build").isNotBlank();
        List<String> command = new ArrayList<>(List.of(Path.of(mavenHome, "bin", "mvn").toString(),
                "-B", "-o", "test"));
        String localRepository = System.getProperty("maven.repo.local", "");
        if (!localRepository.isBlank()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        Process maven = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("maven.txt").toFile()).start();
        assertThat(maven.waitFor(5, TimeUnit.MINUTES)).as("mvn test finished").isTrue();
        String output = Files.readString(temp.resolve("maven.txt"));

        assertThat(maven.exitValue()).as("the skeleton fails its tests, so mvn test fails:\n%s", output).isNotZero();
        assertThat(output).contains("Points for processes")
                .contains("FAILED      0 / 2  run captures what the program printed on stdout")
                .contains("TODO: implement Subprocess.run(command)")
                .contains("PASSED      0 / 2  startsProcessesWithProcessBuilder")
                .contains("(structure points count once a behaviour test passes)")
                .contains("TOTAL      0 / 33")
                .as("a failing exercise does not stop the others' tables (.mvn/maven.config: --fail-at-end)")
                .contains("Points for pipes", "Points for threadpools", "Points for mapreduce", "Points for latency",
                        "Points for vectorization");
        assertThat(copy.resolve("hidden")).as("hidden tests never reach a student").doesNotExist();
        assertThat(copy.resolve("solutions")).doesNotExist();
    }

    /** Item 3 of the timing issue: a student times their own parallel version, with the README's command. */
    @Test
    void aStudentTimesTheirOwnParallelVersionWithOneCommand() throws Exception {
        Path copy = temp.resolve("student");
        StudentCopy.write(Repository.root(), copy);
        String timer = "PrimeCountingSpeedup --size 20000 --trials 3";

        String skeleton = timeIt(copy, timer);
        assertThat(skeleton).as("the skeleton's TODO is named, not timed").contains("not written yet");

        Path threadpools = copy.resolve("exercises/threadpools/src/main/java");
        Folders.delete(threadpools);
        Folders.copy(Repository.root().resolve("solutions/threadpools/src/main/java"), threadpools);
        String solved = timeIt(copy, timer);
        assertThat(solved).as(solved).containsIgnoringCase("speedup").contains("this machine")
                .doesNotContain("not written yet");
    }

    /** The "Time it yourself" command of the threadpools README, in {@code copy}; its output. */
    private String timeIt(Path copy, String speedup) throws Exception {
        String mavenHome = System.getProperty("maven.home");
        List<String> command = new ArrayList<>(List.of(Path.of(mavenHome, "bin", "mvn").toString(), "-B", "-q",
                "-pl", "exercises/threadpools", "-am", "test-compile", "exec:exec", "-Dspeedup=" + speedup));
        String localRepository = System.getProperty("maven.repo.local", "");
        if (!localRepository.isBlank()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        Path log = Files.createTempFile(temp, "timer", ".txt");
        Process maven = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(maven.waitFor(5, TimeUnit.MINUTES)).as("the timer finished").isTrue();
        return Files.readString(log);
    }
}
