package dev.amdahl.runner;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdsTrainingTest {

    /** The image's build runs it and fails on an exception: it must get through a grading and a suite's run. */
    @Test
    void theTrainingGradesItsOwnExerciseAndSuiteToTheEnd() {
        assertDoesNotThrow(CdsTraining::train);
    }

    @Test
    void theCompilersTrainingCompilesItsExerciseAndItsTests() {
        assertDoesNotThrow(CdsTraining::trainCompiler);
    }

    @Test
    void theForkedCompilerUsesWhatIsBesideTheRunnersJarOnlyWhenItIsThere(@TempDir Path folder) throws Exception {
        Path jar = folder.resolve("amdahl-sandbox-runner.jar");
        Files.createFile(jar);
        assertEquals(Optional.empty(), ForkedJavac.besideJar(jar, ForkedJavac.COMPILER_ARCHIVE));

        Files.createFile(folder.resolve("amdahl-compiler.jsa"));
        assertEquals(Optional.of(folder.resolve("amdahl-compiler.jsa")),
                ForkedJavac.besideJar(jar, ForkedJavac.COMPILER_ARCHIVE));
        assertEquals(Optional.empty(), ForkedJavac.besideJar(folder, ForkedJavac.COMPILER_ARCHIVE),
                "classes in a build, not a jar");
        // outside the image, the compiler is this JVM's own JDK
        assertEquals(Path.of(System.getProperty("java.home")), ForkedJavac.compilerJdk());
    }
}
