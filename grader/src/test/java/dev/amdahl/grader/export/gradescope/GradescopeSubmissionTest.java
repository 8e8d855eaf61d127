package dev.amdahl.grader.export.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.Repository;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.Exercise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradescopeSubmissionTest {

    private static Exercise latency;
    private static Exercise testing;
    private static Exercise processes;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadCourse() throws Exception {
        Course course = Course.load(Repository.root());
        latency = course.select(List.of("latency")).get(0);
        testing = course.select(List.of("testing")).get(0);
        processes = course.select(List.of("processes")).get(0);
    }

    @Test
    void looseFilesArePutInPlaceByTheirPackageLine() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("submission"));
        Files.writeString(submission.resolve("HumanTime.java"),
                "\uFEFF/* Copyright me; package not.this; */\n// package nor.this;\npackage  dev.amdahl .exercises.latency ;\n"
                        + "public class HumanTime {}\n");
        Files.writeString(submission.resolve("Helper.java"), "class Helper {}\n");
        Files.writeString(submission.resolve("notes.txt"), "not code");

        GradescopeSubmission.Staged staged = GradescopeSubmission.prepare(submission, List.of(latency),
                temp.resolve("staging"));

        Path sources = temp.resolve("staging/exercises/latency/src/main/java");
        assertThat(staged.folder()).isEqualTo(temp.resolve("staging"));
        assertThat(sources.resolve("dev/amdahl/exercises/latency/HumanTime.java")).exists();
        assertThat(sources.resolve("Helper.java")).as("the default package").exists();
        assertThat(staged.notes()).isEmpty();
    }

    @Test
    void linksHostileNamesAndBadPackageLinesAreLeftOut() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("submission"));
        Path secret = Files.writeString(temp.resolve("secret.txt"), "package a; class Secret {}");
        Files.createSymbolicLink(submission.resolve("Secret.java"), secret);
        Files.writeString(submission.resolve("-rf.java"), "class X {}");
        Files.writeString(submission.resolve("two words.java"), "class X {}");
        Files.writeString(submission.resolve("Escape.java"), "package ../../etc;\nclass Escape {}");
        Files.writeString(submission.resolve("Dotted.java"), "package a..b;\nclass Dotted {}");
        Files.createDirectories(submission.resolve("Folder.java"));
        Files.writeString(submission.resolve("Good.java"), "package ok;\nclass Good {}");

        GradescopeSubmission.Staged staged = GradescopeSubmission.prepare(submission, List.of(latency),
                temp.resolve("staging"));

        Path sources = temp.resolve("staging/exercises/latency/src/main/java");
        try (var walk = Files.walk(temp.resolve("staging"))) {
            assertThat(walk.filter(Files::isRegularFile).map(p -> sources.relativize(p).toString()).toList())
                    .containsExactly("ok/Good.java");
        }
        assertThat(staged.notes()).hasSize(6)
                .anyMatch(n -> n.startsWith("Secret.java: left out, not a regular file"))
                .anyMatch(n -> n.startsWith("-rf.java: left out, not the name of a Java class"))
                .anyMatch(n -> n.startsWith("Escape.java: left out, its package line"))
                .anyMatch(n -> n.startsWith("Dotted.java: left out, its package line"));
        assertThat(temp.resolve("etc")).doesNotExist();
    }

    @Test
    void aRepositoryUploadIsGradedAsItIs() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("submission"));
        Files.createDirectories(submission.resolve("exercises/latency/src/main/java"));
        Files.writeString(submission.resolve("Stray.java"), "class Stray {}");

        GradescopeSubmission.Staged staged = GradescopeSubmission.prepare(submission, List.of(latency),
                temp.resolve("staging"));

        assertThat(staged.folder()).isEqualTo(submission);
        assertThat(temp.resolve("staging")).doesNotExist();
    }

    @Test
    void looseFilesAreOnlyForABundleOfOneExercise() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("submission"));
        Files.writeString(submission.resolve("HumanTime.java"), "package dev.amdahl.exercises.latency; class HumanTime {}");

        GradescopeSubmission.Staged staged = GradescopeSubmission.prepare(submission, List.of(latency, processes),
                temp.resolve("staging"));

        assertThat(staged.folder()).isEqualTo(submission);
        assertThat(temp.resolve("staging")).doesNotExist();
    }

    @Test
    void looseTestsOfTheTestingExerciseGoWhereItsSubmissionsAre() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("submission"));
        Files.writeString(submission.resolve("MyTest.java"), "package dev.amdahl.exercises.testing;\nclass MyTest {}");

        GradescopeSubmission.prepare(submission, List.of(testing), temp.resolve("staging"));

        assertThat(temp.resolve("staging/exercises/testing/src/test/java/dev/amdahl/exercises/testing/MyTest.java"))
                .exists();
    }

    @Test
    void nothingToStageLeavesTheSubmissionAsItIs() throws Exception {
        Path submission = Files.createDirectories(temp.resolve("submission"));
        Files.writeString(submission.resolve("README.md"), "hello");
        assertThat(GradescopeSubmission.prepare(submission, List.of(latency), temp.resolve("staging")).folder())
                .isEqualTo(submission);
    }

    @Test
    void packageLines() {
        assertThat(GradescopeSubmission.packageOf("package a.b;")).contains(List.of("a", "b"));
        assertThat(GradescopeSubmission.packageOf("import x.Y;\nclass A {}")).contains(List.of());
        assertThat(GradescopeSubmission.packageOf("class packageless {}")).contains(List.of());
        assertThat(GradescopeSubmission.packageOf("package a/b;")).isEqualTo(Optional.empty());
        assertThat(GradescopeSubmission.packageOf("package ;")).isEqualTo(Optional.empty());
        assertThat(GradescopeSubmission.packageOf("package a.b")).isEqualTo(Optional.empty());
    }
}
