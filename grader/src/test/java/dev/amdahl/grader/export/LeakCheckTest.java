package dev.amdahl.grader.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.amdahl.grader.Repository;
import dev.amdahl.grader.io.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leak check against a copy of the real course: a plain export is clean, and each kind of leak is found. */
class LeakCheckTest {

    private static final Path PROCESSES = Path.of("exercises/processes/src/main/java/dev/amdahl/exercises/processes");
    private static final Path SUBPROCESS = PROCESSES.resolve("Subprocess.java");
    private static final Path SOLUTION_SUBPROCESS =
            Path.of("solutions/processes/src/main/java/dev/amdahl/exercises/processes/Subprocess.java");
    private static final Path HIDDEN_TEST =
            Path.of("hidden/processes/src/test/java/dev/amdahl/exercises/processes/SubprocessArgumentsTest.java");
    private static final Path PUBLIC_TEST =
            Path.of("exercises/processes/src/test/java/dev/amdahl/exercises/processes/SubprocessRunTest.java");
    private static final Path LOG_FILES =
            Path.of("exercises/testing/src/main/java/dev/amdahl/exercises/testing/LogFiles.java");
    private static final Path VARIANT = Path.of("planted-bugs/testing/chunk-last-item");
    private static final Path VARIANT_LOG_FILES =
            VARIANT.resolve("src/main/java/dev/amdahl/exercises/testing/LogFiles.java");

    @TempDir
    static Path course;
    private static LeakCheck check;

    @TempDir
    Path export;

    @BeforeAll
    static void copyTheCourse() throws IOException {
        for (String folder : List.of("exercises", "solutions", "hidden", "planted-bugs")) {
            Folders.copy(Repository.root().resolve(folder), course.resolve(folder), LeakCheckTest::notBuildOutput);
        }
        check = LeakCheck.of(course);
    }

    @Test
    void aPlainExportOfTheCourseHasNoLeak() throws IOException {
        exportExercises();

        long start = System.nanoTime();
        List<Leak> leaks = check.scan(export);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(leaks).isEmpty();
        assertThat(millis).as("one scan of all exercises, in ms").isLessThan(5_000);
    }

    @Test
    void aSolutionMethodPastedIntoTheSkeletonIsReported() throws IOException {
        exportExercises("processes");
        pasteIntoClass(export.resolve(SUBPROCESS), solutionKillTree());

        List<Leak> leaks = check.scan(export);

        assertThat(leaks).singleElement().satisfies(leak -> {
            assertThat(leak.exportedFile()).isEqualTo(SUBPROCESS);
            assertThat(leak.where()).isEqualTo("method killTree(Process)");
            assertThat(leak.secretSource()).isEqualTo(SOLUTION_SUBPROCESS);
            assertThat(leak.what()).startsWith(slashes(SUBPROCESS) + ": method killTree(Process) is the reference "
                            + "solution's (" + slashes(SOLUTION_SUBPROCESS) + ")")
                    .contains("Put the skeleton's TODO back", "declare it in solutions/given-code.txt");
        });
    }

    @Test
    void aSolutionMethodIsFoundWithOtherCommentsLayoutAndName() throws IOException {
        exportExercises("processes");
        String disguised = solutionKillTree()
                .replace("killTree(", "stopEverything(")
                .replace("// Take the list first", "/* different words */ // Another comment")
                .replaceFirst("\\{", "{ // pasted from somewhere\n")
                .replace("\n        ", "\n\t\t  ")
                .replace(" = ", "=");
        pasteIntoClass(export.resolve(SUBPROCESS), disguised);

        List<Leak> leaks = check.scan(export);

        assertThat(leaks).singleElement().satisfies(leak -> {
            assertThat(leak.exportedFile()).isEqualTo(SUBPROCESS);
            assertThat(leak.where()).isEqualTo("method stopEverything(Process)");
            assertThat(leak.secretSource()).isEqualTo(SOLUTION_SUBPROCESS);
        });
    }

    @Test
    void theWholeSolutionFileOverTheSkeletonIsReportedOnce() throws IOException {
        exportExercises("processes");
        Files.copy(course.resolve(SOLUTION_SUBPROCESS), export.resolve(SUBPROCESS),
                StandardCopyOption.REPLACE_EXISTING);

        List<Leak> leaks = check.scan(export);

        assertThat(leaks).singleElement().satisfies(leak -> {
            assertThat(leak.exportedFile()).isEqualTo(SUBPROCESS);
            assertThat(leak.where()).isEqualTo("whole file");
            assertThat(leak.secretSource()).isEqualTo(SOLUTION_SUBPROCESS);
            assertThat(leak.what()).contains("is a copy of " + slashes(SOLUTION_SUBPROCESS),
                    "Remove it from the export", "put back the version from exercises/");
        });
    }

    @Test
    void aHiddenTestMethodPastedIntoAPublicTestIsReported() throws IOException {
        exportExercises("processes");
        String hidden = method(read(course.resolve(HIDDEN_TEST)), "    void keepsSpacesAndQuotesInsideAnArgument(");
        pasteIntoClass(export.resolve(PUBLIC_TEST), hidden.replace("keepsSpaces", "keepsTheSpaces"));

        List<Leak> leaks = check.scan(export);

        assertThat(leaks).singleElement().satisfies(leak -> {
            assertThat(leak.exportedFile()).isEqualTo(PUBLIC_TEST);
            assertThat(leak.where()).isEqualTo("method keepsTheSpacesAndQuotesInsideAnArgument()");
            assertThat(leak.secretSource()).isEqualTo(HIDDEN_TEST);
            assertThat(leak.what()).contains("a hidden test's", "Remove it");
        });
    }

    @Test
    void aPlantedBugsChangedMethodIsReportedButNotTheMethodsItLeavesAlone() throws IOException {
        exportExercises("testing");
        // The variant's one-line change in a program that has moved on since (a new field): the file is no copy
        // of the variant's, but one method is the variant's changed one.
        Path logFiles = export.resolve(LOG_FILES);
        String program = read(logFiles);
        String buggy = program.replace("Math.min(from + size, items.size())", "Math.min(from + size, items.size() - 1)")
                .replace("public static <T> List<List<T>> chunk(",
                        "static final int SINCE_THE_VARIANT = 1;\n\n    public static <T> List<List<T>> chunk(");
        assertThat(buggy).isNotEqualTo(program);
        Files.writeString(logFiles, buggy);

        List<Leak> leaks = check.scan(export);

        assertThat(leaks).singleElement().satisfies(leak -> {
            assertThat(leak.exportedFile()).isEqualTo(LOG_FILES);
            assertThat(leak.where()).isEqualTo("method chunk(List<T>, int)");
            assertThat(leak.secretSource()).isEqualTo(VARIANT_LOG_FILES);
            assertThat(leak.what()).contains("planted bug chunk-last-item", "Put the program's own method back");
        });
    }

    @Test
    void aVariantIdOrAHiddenTestsNameInAReadmeIsReported() throws IOException {
        exportExercises("testing");
        Path readme = export.resolve("exercises/testing/README.md");
        Files.writeString(readme, "\nHint: think of chunk-last-item. Not chunk-last-items, nor re-chunk-last-item.\n"
                + "And SubprocessArgumentsTest, but not SubprocessArgumentsTests.\n", StandardOpenOption.APPEND);
        long lines = read(readme).lines().count();

        List<Leak> leaks = check.scan(export);

        assertThat(leaks).hasSize(2);
        assertThat(leaks.get(0)).satisfies(leak -> {
            assertThat(leak.exportedFile()).isEqualTo(Path.of("exercises/testing/README.md"));
            assertThat(leak.where()).isEqualTo("line " + (lines - 1));
            assertThat(leak.secretSource()).isEqualTo(VARIANT);
            assertThat(leak.what()).contains("names the planted bug chunk-last-item", "Remove the name");
        });
        assertThat(leaks.get(1)).satisfies(leak -> {
            assertThat(leak.where()).isEqualTo("line " + lines);
            assertThat(leak.secretSource()).isEqualTo(HIDDEN_TEST);
            assertThat(leak.what()).contains("names the hidden test SubprocessArgumentsTest", "Remove the name");
        });
    }

    @Test
    void aVariantIdThatExercisesUseThemselvesIsNoSecretWord(@TempDir Path otherCourse) throws IOException {
        processesCourse(otherCourse, "");
        for (String variant : List.of("timeout", "kill-no-children")) {
            Path folder = Files.createDirectories(otherCourse.resolve("planted-bugs/processes").resolve(variant));
            Files.writeString(folder.resolve("variant.properties"), "kind = " + variant + "\n");
        }
        LeakCheck withVariants = LeakCheck.of(otherCourse);
        exportExercises("processes");
        Files.writeString(export.resolve("exercises/processes/README.md"), "\nA timeout, and kill-no-children.\n",
                StandardOpenOption.APPEND);

        assertThat(withVariants.scan(export)).extracting(Leak::where, Leak::secretSource)
                .containsExactly(tuple("line " + read(export.resolve("exercises/processes/README.md")).lines().count(),
                        Path.of("planted-bugs/processes/kill-no-children")));
    }

    @Test
    void aSolutionFileOrAVariantsPropertiesCopiedAsResourcesAreReported() throws IOException {
        exportExercises("processes");
        Path resources = export.resolve("exercises/processes/src/test/resources");
        // Re-commented and re-indented on the way: still the solution.
        Files.writeString(resources.resolve("Subprocess.txt"), read(course.resolve(SOLUTION_SUBPROCESS))
                .replace("//", "// changed:").replace("    ", "  "));
        Files.copy(course.resolve(VARIANT.resolve("variant.properties")), resources.resolve("bug.properties"));

        List<Leak> leaks = check.scan(export);

        assertThat(leaks).extracting(Leak::exportedFile, Leak::where, Leak::secretSource).containsExactly(
                tuple(Path.of("exercises/processes/src/test/resources/Subprocess.txt"), "whole file",
                        SOLUTION_SUBPROCESS),
                tuple(Path.of("exercises/processes/src/test/resources/bug.properties"), "whole file",
                        VARIANT.resolve("variant.properties")));
        assertThat(leaks).allSatisfy(leak -> assertThat(leak.what()).contains("Remove it from the export"));
    }

    @Test
    void aLinkIntoTheCoursesInstructorOnlyFoldersIsReported() throws IOException {
        exportExercises("processes");
        Path link = Path.of("exercises/processes/solution");
        Files.createSymbolicLink(export.resolve(link), course.resolve("solutions/processes"));

        List<Leak> leaks = check.scan(export);
        Files.delete(export.resolve(link)); // JUnit warns about a link out of its temporary folder

        assertThat(leaks).extracting(Leak::exportedFile, Leak::secretSource)
                .containsExactly(tuple(link, Path.of("solutions/processes")));
        assertThat(leaks.getFirst().what()).contains("a link to solutions/processes", "instructor-only");
    }

    @Test
    void aMethodDeclaredGivenIsNotReported(@TempDir Path otherCourse) throws IOException {
        LeakCheck givesKillTree =
                LeakCheck.of(processesCourse(otherCourse, "processes Subprocess.killTree( Process )\n"));
        exportExercises("processes");
        pasteIntoClass(export.resolve(SUBPROCESS), solutionKillTree());

        assertThat(givesKillTree.scan(export)).isEmpty();
        assertThat(check.scan(export)).extracting(Leak::where).containsExactly("method killTree(Process)");
    }

    @Test
    void aDeclarationThatNamesNothingStopsTheCheck(@TempDir Path otherCourse) throws IOException {
        processesCourse(otherCourse, "processes Subprocess.killTree(String)\n");
        long line = read(otherCourse.resolve("solutions/given-code.txt")).lines().count();

        assertThatThrownBy(() -> LeakCheck.of(otherCourse)).isInstanceOf(IOException.class)
                .hasMessageContaining("given-code.txt line " + line + ": solutions/processes has no method "
                        + "Subprocess.killTree(String)")
                .hasMessageContaining("Correct the line");
    }

    @Test
    void aBrokenSourceDoesNotStopTheScanAndItsReadableMethodsAreStillCompared() throws IOException {
        exportExercises("processes");
        Path subprocess = export.resolve(SUBPROCESS);
        pasteIntoClass(subprocess, solutionKillTree());
        Files.writeString(subprocess,
                read(subprocess).replace("private Subprocess() {", "private Subprocess() { int = ;"));
        Files.writeString(export.resolve(PROCESSES.resolve("Garbage.java")), "class {{{ \" /* ");
        Files.writeString(export.resolve(PROCESSES.resolve("Deep.java")),
                "class Deep { int x = " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "; }");
        Files.write(export.resolve(PROCESSES.resolve("Binary.java")), new byte[] {0, 1, 2, (byte) 0xff});

        List<Leak> leaks = check.scan(export);

        assertThat(leaks).extracting(Leak::exportedFile, Leak::where)
                .containsExactly(tuple(SUBPROCESS, "method killTree(Process)"));
    }

    @Test
    void aSecretThatDoesNotParseIsComparedAsTextWithoutComments(@TempDir Path otherCourse) throws IOException {
        Path unfinished = Path.of("hidden/processes/src/test/java/dev/amdahl/exercises/processes/Unfinished.java");
        String source = "class Unfinished {\n    // half-written\n    void check() { int x = 1 +; }\n";
        Files.writeString(processesCourse(otherCourse, "").resolve(unfinished), source);
        LeakCheck withUnfinished = LeakCheck.of(otherCourse);
        exportExercises("processes");
        Path copy = PUBLIC_TEST.resolveSibling("Unfinished.java");
        Files.writeString(export.resolve(copy), source.replace("// half-written", "/* other words */"));

        List<Leak> leaks = withUnfinished.scan(export);

        assertThat(leaks).extracting(Leak::exportedFile, Leak::where, Leak::secretSource)
                .contains(tuple(copy, "whole file", unfinished));
    }

    /** What the template export copies from the course, here only the exercises: all of them, or the ones named. */
    private void exportExercises(String... exercises) throws IOException {
        if (exercises.length == 0) {
            Folders.copy(course.resolve("exercises"), export.resolve("exercises"), LeakCheckTest::notBuildOutput);
        }
        for (String exercise : exercises) {
            Folders.copy(course.resolve("exercises").resolve(exercise), export.resolve("exercises").resolve(exercise),
                    LeakCheckTest::notBuildOutput);
        }
    }

    /**
     * A course of the {@code processes} exercise only (quicker to read), with the real declarations of its given
     * code and {@code extraGivenCode}.
     */
    private static Path processesCourse(Path root, String extraGivenCode) throws IOException {
        for (String folder : List.of("exercises", "solutions", "hidden")) {
            Folders.copy(course.resolve(folder).resolve("processes"), root.resolve(folder).resolve("processes"),
                    LeakCheckTest::notBuildOutput);
        }
        String given = read(course.resolve("solutions/given-code.txt")).lines()
                .filter(line -> line.startsWith("#") || line.startsWith("processes "))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(root.resolve("solutions/given-code.txt"), given + extraGivenCode);
        return root;
    }

    private static boolean notBuildOutput(Path folder) {
        return !folder.getFileName().toString().equals("target");
    }

    private static String solutionKillTree() throws IOException {
        return method(read(course.resolve(SOLUTION_SUBPROCESS)), "private static void killTree(");
    }

    /** A method's text, from the start of the line where {@code header} is to its closing brace. */
    private static String method(String source, String header) {
        int start = source.lastIndexOf('\n', source.indexOf(header)) + 1;
        int depth = 0;
        for (int i = source.indexOf('{', start); i < source.length(); i++) {
            if (source.charAt(i) == '{') {
                depth++;
            } else if (source.charAt(i) == '}' && --depth == 0) {
                return source.substring(start, i + 1);
            }
        }
        throw new AssertionError("no method " + header);
    }

    /** Adds {@code method} as the last member of the file's (last) class. */
    private static void pasteIntoClass(Path file, String method) throws IOException {
        String source = read(file);
        int end = source.lastIndexOf('}');
        Files.writeString(file, source.substring(0, end) + "\n" + method + "\n}\n");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
