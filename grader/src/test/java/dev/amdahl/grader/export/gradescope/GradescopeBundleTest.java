package dev.amdahl.grader.export.gradescope;

import dev.amdahl.grader.export.BundledGrading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.Repository;
import dev.amdahl.grader.course.Course;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradescopeBundleTest {

    private static Course course;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadCourse() throws Exception {
        course = Course.load(Repository.root());
    }

    private static BundledGrading latency() {
        return new BundledGrading(List.of("latency"), false, false, Optional.of(Duration.ofMinutes(5)),
                OptionalLong.of(1024L * 1024 * 1024));
    }

    private Path fakeGraderJar() throws IOException {
        return Files.write(temp.resolve("amdahl.jar"), "the grader".getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, ZipArchiveEntry> entries(Path zip) throws IOException {
        Map<String, ZipArchiveEntry> entries = new HashMap<>();
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                entries.put(entry.getName(), entry);
            }
        }
        return entries;
    }

    private static String read(Path zip, String name) throws IOException {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            return new String(file.getInputStream(file.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void holdsTheScriptsTheGraderAndTheExerciseButNeverSolutionsOrBuildOutput() throws Exception {
        Path zip = temp.resolve("latency.zip");
        GradescopeBundle.of(course, latency(), fakeGraderJar(), new byte[] {1, 2, 3}, "test").write(zip, false);

        Map<String, ZipArchiveEntry> entries = entries(zip);
        assertThat(entries).containsKeys("setup.sh", "run_autograder", "README.txt", "amdahl.jar",
                "amdahl-sandbox-runner.jar", "course/exercises/latency/rubric.properties",
                "course/exercises/latency/sandbox.properties",
                "course/exercises/latency/src/test/java/dev/amdahl/exercises/latency/HumanTimeTest.java",
                "course/exercises/latency/src/main/java/dev/amdahl/exercises/latency/HumanTime.java");
        assertThat(entries.keySet()).allSatisfy(name -> assertThat(name)
                .doesNotContain("solutions").doesNotContain("/target/").doesNotContain("/.")
                .satisfiesAnyOf(n -> assertThat(n).doesNotStartWith("course/"),
                        n -> assertThat(n).startsWith("course/exercises/latency/"),
                        n -> assertThat(n).as("the order the exercises are taught")
                                .isEqualTo("course/exercises/pom.xml")));
        assertThat(entries.get("setup.sh").getUnixMode()).as("Gradescope runs it").isEqualTo(0100755);
        assertThat(entries.get("run_autograder").getUnixMode()).isEqualTo(0100755);
        assertThat(entries.get("README.txt").getUnixMode()).isEqualTo(0100644);
        assertThat(read(zip, "amdahl.jar")).isEqualTo("the grader");
    }

    @Test
    void runAutograderGradesWithTheLocalSandboxAndTheOptionsBakedIn() throws Exception {
        Path zip = temp.resolve("latency.zip");
        GradescopeBundle.of(course, new BundledGrading(List.of("latency"), true, true,
                Optional.of(Duration.ofSeconds(90)), OptionalLong.of(512L * 1024 * 1024)), fakeGraderJar(),
                new byte[0], "test").write(zip, false);

        String script = read(zip, "run_autograder");
        assertThat(script).doesNotContain("{{")
                .contains("export AMDAHL_DISPOSABLE_MACHINE=yes")
                .contains("gradescope-stage /autograder/submission --course \"$COURSE\" \\\n    --out \"$STAGING\" "
                        + "--exercise latency)")
                .contains("grade \"$SUBMISSION\" --course \"$COURSE\" --sandbox local --format gradescope")
                .contains("--out \"$RESULTS\" --exercise latency --timeout 90s --memory 512m --hidden --release-hidden")
                .as("a failure on our side is not a zero").contains("exit \"$status\"");
        assertThat(read(zip, "README.txt")).doesNotContain("{{").contains("Exercises: latency")
                .contains("--timeout 90s --memory 512m --hidden --release-hidden");
        assertThat(read(zip, "setup.sh")).contains("openjdk-21-jdk-headless").contains("useradd")
                .contains("chmod 0700 \"$SOURCE\"").contains("/opt/amdahl/amdahl-sandbox-runner.jar");
        for (String name : List.of("setup.sh", "run_autograder")) {
            Path script1 = Files.writeString(temp.resolve(name), read(zip, name));
            Process bash = new ProcessBuilder("bash", "-n", script1.toString()).redirectErrorStream(true).start();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bash.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(bash.exitValue()).as("bash -n %s: %s", name, output).isZero();
        }
    }

    @Test
    void withoutOptionsEachExerciseKeepsItsOwnLimits() throws Exception {
        String script = GradescopeBundle.runAutograder(new BundledGrading(List.of(), false, false,
                Optional.empty(), OptionalLong.empty()));
        assertThat(script).contains("--out \"$RESULTS\" \n").contains("--out \"$STAGING\" )")
                .doesNotContain("--timeout").doesNotContain("--memory").doesNotContain("--hidden");
    }

    @Test
    void hiddenTestsAndPlantedBugsShipOnlyWithTheirExercises() throws Exception {
        BundledGrading processes = new BundledGrading(List.of("processes"), false, false, Optional.empty(),
                OptionalLong.empty());
        List<String> without = GradescopeBundle.of(course, processes, fakeGraderJar(), new byte[0], "t").names();
        assertThat(without).noneMatch(name -> name.startsWith("course/hidden/"));

        BundledGrading hidden = new BundledGrading(List.of("processes", "testing"), true, false,
                Optional.empty(), OptionalLong.empty());
        List<String> with = GradescopeBundle.of(course, hidden, fakeGraderJar(), new byte[0], "t").names();
        assertThat(with).anyMatch(name -> name.startsWith("course/hidden/processes/src/test/java/"))
                .anyMatch(name -> name.startsWith("course/planted-bugs/testing/"))
                .noneMatch(name -> name.startsWith("course/hidden/README"))
                .noneMatch(name -> name.startsWith("course/exercises/latency/"))
                .noneMatch(name -> name.contains("solutions"));
        assertThat(with).as("in name order").isSorted();
    }

    @Test
    void theSameInputsGiveTheSameBytesAndAnExistingZipIsReplacedOnlyWhenAsked() throws Exception {
        Path first = temp.resolve("a.zip");
        Path second = temp.resolve("b.zip");
        GradescopeBundle bundle = GradescopeBundle.of(course, latency(), fakeGraderJar(), new byte[] {7}, "t");
        bundle.write(first, false);
        bundle.write(second, false);
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));

        Files.writeString(second, "mine");
        assertThatThrownBy(() -> bundle.write(second, false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(second)).isEqualTo("mine");
        bundle.write(second, true);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        try (var left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void argumentsThatAreNotPlainAreQuotedForTheShell() {
        assertThat(GradescopeBundle.shell(new ArrayList<>(List.of("--exercise", "it's $(rm -rf /)"))))
                .isEqualTo("--exercise 'it'\\''s $(rm -rf /)'");
    }

    @Test
    void releasingHiddenTestsNeedsThem() {
        assertThatThrownBy(() -> new BundledGrading(List.of(), false, true, Optional.empty(), OptionalLong.empty()))
                .hasMessageContaining("--hidden");
    }
}
