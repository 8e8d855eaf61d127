package dev.amdahl.grader.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.intake.IntakeLimits;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionStagerTest {

    private static final String TEST = "src/test/java/demo/AdderTest.java";
    private static final String CODE = "src/main/java/demo/Adder.java";

    @TempDir
    Path temp;

    private Exercise exercise;
    private Path submission;
    private final SubmissionStager stager = new SubmissionStager(SubmissionStager.Limits.defaults());

    @BeforeEach
    void course() throws Exception {
        Path module = temp.resolve("course/exercises/adder");
        write(module.resolve(TEST), "instructor's test");
        write(module.resolve("src/test/resources/junit-platform.properties"), "instructor's settings");
        write(module.resolve(CODE), "skeleton");
        exercise = new Exercise("adder", module);
        submission = temp.resolve("student");
    }

    @Test
    void takesTheStudentsCodeAndTheInstructorsTests() throws Exception {
        Path module = submission.resolve("exercises/adder");
        write(module.resolve(CODE), "student's code");

        StagedExercise staged = stager.stage(submission, exercise, temp.resolve("staged")).orElseThrow();

        assertThat(staged.directory().resolve(CODE)).hasContent("student's code");
        assertThat(staged.directory().resolve(TEST)).hasContent("instructor's test");
        assertThat(staged.sourceFolder()).isEqualTo("exercises/adder/src/main/java");
    }

    @Test
    void studentTestsBuildFilesAndSettingsCannotReplaceTheInstructors() throws Exception {
        Path module = submission.resolve("exercises/adder");
        write(module.resolve(CODE), "student's code");
        write(module.resolve(TEST), "@Test void passes() {} // forged");
        write(module.resolve("src/test/java/demo/Extra.java"), "extra test");
        write(module.resolve("src/test/resources/junit-platform.properties"), "junit.jupiter.execution.timeout.default=1h");
        write(module.resolve("pom.xml"), "<project>student build</project>");
        write(module.resolve("src/main/resources/META-INF/services/org.junit.platform.engine.TestEngine"), "evil.Engine");
        write(module.resolve("src/main/java/META-INF/services/org.junit.platform.launcher.TestExecutionListener"), "evil");

        StagedExercise staged = stager.stage(submission, exercise, temp.resolve("staged")).orElseThrow();

        Path root = staged.directory();
        assertThat(root.resolve(TEST)).hasContent("instructor's test");
        assertThat(root.resolve("src/test/java/demo/Extra.java")).doesNotExist();
        assertThat(root.resolve("src/test/resources/junit-platform.properties")).hasContent("instructor's settings");
        assertThat(root.resolve("pom.xml")).doesNotExist();
        assertThat(root.resolve("src/main/resources")).doesNotExist();
        assertThat(root.resolve("src/main/java/META-INF")).doesNotExist();
        assertThat(staged.ignored()).anyMatch(note -> note.contains("your own tests are not used"))
                .anyMatch(note -> note.contains("only .java files are compiled"));
    }

    @Test
    void neverFollowsLinks() throws Exception {
        Path module = submission.resolve("exercises/adder");
        write(module.resolve(CODE), "student's code");
        Path secret = write(temp.resolve("secret/Secret.java"), "the instructor's secret");
        Files.createSymbolicLink(module.resolve("src/main/java/demo/Secret.java"), secret);
        Files.createSymbolicLink(module.resolve("src/main/java/linked"), secret.getParent());

        StagedExercise staged = stager.stage(submission, exercise, temp.resolve("staged")).orElseThrow();

        assertThat(staged.directory().resolve("src/main/java/demo/Secret.java")).doesNotExist();
        assertThat(staged.directory().resolve("src/main/java/linked")).doesNotExist();
        assertThat(staged.ignored()).hasSize(2).allMatch(note -> note.contains("links are never followed"));
    }

    @Test
    void hashesExactlyWhatWasStagedOfTheStudents() throws Exception {
        Path module = submission.resolve("exercises/adder");
        write(module.resolve(CODE), "student's code");
        String first = stager.stage(submission, exercise, temp.resolve("a")).orElseThrow().sourcesSha256();
        write(module.resolve("notes.txt"), "ignored, so it changes nothing");
        String same = stager.stage(submission, exercise, temp.resolve("b")).orElseThrow().sourcesSha256();
        write(module.resolve(CODE), "student's code, changed");
        String changed = stager.stage(submission, exercise, temp.resolve("c")).orElseThrow().sourcesSha256();

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(same).isNotEqualTo(changed);
    }

    @Test
    void acceptsTheExerciseFolderAtTheTop() throws Exception {
        write(submission.resolve("adder").resolve(CODE), "student's code");

        Optional<StagedExercise> staged = stager.stage(submission, exercise, temp.resolve("staged"));

        assertThat(staged).get().extracting(StagedExercise::sourceFolder).isEqualTo("adder/src/main/java");
    }

    @Test
    void findsNothingWhenTheExerciseIsMissing() throws Exception {
        write(submission.resolve("exercises/other").resolve(CODE), "code of another exercise");

        assertThat(stager.stage(submission, exercise, temp.resolve("staged"))).isEmpty();
    }

    @Test
    void rejectsASubmissionOverItsLimits() throws Exception {
        Path module = submission.resolve("exercises/adder");
        for (int i = 0; i < 4; i++) {
            write(module.resolve("src/main/java/demo/C" + i + ".java"), "class C" + i + " {}");
        }
        SubmissionStager strict = new SubmissionStager(new SubmissionStager.Limits(3, 1_000_000));

        assertThatThrownBy(() -> strict.stage(submission, exercise, temp.resolve("staged")))
                .isInstanceOf(SubmissionException.class).hasMessageContaining("more than 3 Java files");
    }

    @Test
    void rejectsAWholeSubmissionOfTooManyFilesOfAnyKind() throws Exception {
        Path module = submission.resolve("exercises/adder");
        write(module.resolve(CODE), "student's code");
        for (int i = 0; i <= 10_000; i++) { // the batch intake's limit, whatever the files' extension
            Files.createFile(module.resolve("src/main/java/demo/stray-" + i + ".txt"));
        }

        assertThatThrownBy(() -> stager.stage(submission, exercise, temp.resolve("staged")))
                .isInstanceOf(SubmissionException.class)
                .hasMessage("Your submission holds more than 10,000 files and folders; it was not graded. Remove build "
                        + "output (target/, out/, bin/), data files and copied libraries, and submit again.");
        assertThat(temp.resolve("staged")).doesNotExist();
    }

    @Test
    void rejectsAFileTooLargeWithoutStagingAnything() throws Exception {
        Path module = submission.resolve("exercises/adder");
        write(module.resolve(CODE), "student's code");
        try (RandomAccessFile data = new RandomAccessFile(module.resolve("src/main/java/data.bin").toFile(), "rw")) {
            data.setLength(200_000_000L); // sparse: 200 MB as the file system reports it, nothing on the disk
        }

        assertThatThrownBy(() -> stager.stage(submission, exercise, temp.resolve("staged")))
                .isInstanceOf(SubmissionException.class)
                .hasMessage("Your submission holds a file larger than 50 MiB (exercises/adder/src/main/java/data.bin); "
                        + "it was not graded. Remove it and submit again.");
        assertThat(temp.resolve("staged")).doesNotExist();
    }

    @Test
    void rejectsAWholeSubmissionOverItsBytesWhereverTheyAre() throws Exception {
        write(submission.resolve("exercises/adder").resolve(CODE), "student's code");
        write(submission.resolve("data/a.csv"), "x".repeat(600));
        write(submission.resolve("data/b.csv"), "x".repeat(600));
        SubmissionStager strict = new SubmissionStager(new SubmissionStager.Limits(2_000, 1_000_000,
                new IntakeLimits(100, 1_000, 1_000, 100)));

        assertThatThrownBy(() -> strict.stage(submission, exercise, temp.resolve("staged")))
                .isInstanceOf(SubmissionException.class)
                .hasMessage("Your submission holds more than 1000 bytes in all; it was not graded. Remove build output, "
                        + "data files and copied libraries, and submit again.");
    }

    @Test
    void countsNeitherGitHistoryNorSystemJunk() throws Exception {
        write(submission.resolve("exercises/adder").resolve(CODE), "student's code");
        for (int i = 0; i < 100; i++) {
            write(submission.resolve(".git/objects/" + i), "history");
        }
        write(submission.resolve(".DS_Store"), "x".repeat(5_000));
        SubmissionStager strict = new SubmissionStager(new SubmissionStager.Limits(2_000, 1_000_000,
                new IntakeLimits(50, 1_000, 1_000, 100)));

        assertThat(strict.stage(submission, exercise, temp.resolve("staged"))).isPresent();
    }

    @Test
    void listsEveryIgnoredBuildFileAndResource() throws Exception {
        Path module = submission.resolve("exercises/adder");
        write(module.resolve(CODE), "student's code");
        write(module.resolve("pom.xml"), "<project/>");
        write(module.resolve(".mvn/wrapper/maven-wrapper.properties"), "wrapper");
        write(module.resolve("build.gradle"), "plugins {}");
        write(module.resolve("README.md"), "the exercise's own text, not a build file");
        write(module.resolve("src/main/resources/app.properties"), "a=1");
        write(module.resolve("src/main/resources/META-INF/services/org.junit.platform.engine.TestEngine"), "evil");
        write(module.resolve("src/main/kotlin/demo/Adder.kt"), "fun main() {}");

        StagedExercise staged = stager.stage(submission, exercise, temp.resolve("staged")).orElseThrow();

        assertThat(staged.ignored()).containsExactlyInAnyOrder(
                "exercises/adder/.mvn: build files are not used; the course's own build is",
                "exercises/adder/build.gradle: build files are not used; the course's own build is",
                "exercises/adder/pom.xml: build files are not used; the course's own build is",
                "exercises/adder/src/main/kotlin: not used; only the .java files in src/main/java are compiled",
                "exercises/adder/src/main/resources/app.properties: resources are not used; only .java files are "
                        + "compiled",
                "exercises/adder/src/main/resources/META-INF/services/org.junit.platform.engine.TestEngine: resources "
                        + "are not used; only .java files are compiled");
    }

    @Test
    void listsTheFirstTenIgnoredFilesAndCountsTheRest() throws Exception {
        Path module = submission.resolve("exercises/adder");
        write(module.resolve(CODE), "student's code");
        write(module.resolve(TEST), "student's test");
        write(module.resolve("pom.xml"), "<project/>");
        for (int i = 0; i < 1_000; i++) {
            Files.createFile(module.resolve("src/main/java/demo/stray-" + i + ".txt"));
        }

        StagedExercise staged = stager.stage(submission, exercise, temp.resolve("staged")).orElseThrow();

        assertThat(staged.ignored()).hasSize(11);
        assertThat(staged.ignored().subList(0, 2)).containsExactly(
                "exercises/adder/src/test: your own tests are not used for grading; the instructor's tests are",
                "exercises/adder/pom.xml: build files are not used; the course's own build is");
        assertThat(staged.ignored().subList(2, 10)).allMatch(note -> note.matches(
                "exercises/adder/src/main/java/demo/stray-\\d+\\.txt: only \\.java files are compiled"));
        assertThat(staged.ignored().getLast())
                .isEqualTo("… and 992 more files that are not Java: only .java files are compiled");
    }

    @Test
    void forATestSuiteTakesTheStudentsTestsAndTheGivenProgram() throws Exception {
        Path course = temp.resolve("course/exercises/logs");
        write(course.resolve(CODE), "the given program");
        write(course.resolve("src/test/java/demo/package-info.java"), "package demo;");
        write(course.resolve("src/test/resources/junit-platform.properties"), "instructor's settings");
        Files.writeString(course.resolve("rubric.properties"), "kind = student-tests\ncoverage.line = 50:1\n");
        Path bug = temp.resolve("course/planted-bugs/logs/off-by-one");
        write(bug.resolve(CODE), "a planted bug");
        Files.writeString(bug.resolve("variant.properties"), "kind = off-by-one\ndescription = a boundary\n");
        Exercise suite = dev.amdahl.grader.course.Course.load(temp.resolve("course")).select(java.util.List.of("logs"))
                .getFirst();
        Path module = submission.resolve("exercises/logs");
        write(module.resolve(TEST), "student's test");
        write(module.resolve(CODE), "student's copy of the program, changed");

        StagedExercise staged = stager.stage(submission, suite, temp.resolve("staged")).orElseThrow();

        assertThat(staged.directory().resolve(TEST)).hasContent("student's test");
        assertThat(staged.directory().resolve(CODE)).hasContent("the given program");
        assertThat(staged.directory().resolve("src/test/resources/junit-platform.properties"))
                .hasContent("instructor's settings");
        assertThat(staged.sourceFolder()).isEqualTo("exercises/logs/src/test/java");
        assertThat(staged.ignored()).anyMatch(line -> line.contains("as it was given"));
        assertThat(suite.plantedBugs()).singleElement().extracting(b -> b.kind()).isEqualTo("off-by-one");
        assertThat(staged.directory().resolve("planted-bugs")).doesNotExist();
    }

    private static Path write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
