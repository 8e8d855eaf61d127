package dev.amdahl.grader.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.amdahl.grader.Repository;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StyleCheckerTest {

    private static final StyleChecker CHECKER = StyleChecker.standard();

    /** One known problem of each kind, on known lines. */
    private static final String BAD = """
            package demo;

            /** A class with known problems. */
            public class Bad {

                /** Runs. */
                public void Run() {
                }

                public int undocumented() {
                    return 1;
                }

                /** Swallows an interrupt. */
                public void swallow() {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                    }
                }

                /** Returns a long line. */
                public String longLine() {
                    return "LONG";
                }
            }
            """.replace("LONG", "x".repeat(110)); // line 24: 128 characters

    private static Path write(Path root, String relative, String text) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void reportsEachKnownProblemWithItsCategoryFileAndLine(@TempDir Path root) throws Exception {
        write(root, "demo/Bad.java", BAD);

        List<StyleFinding> findings = CHECKER.check(root);

        assertThat(findings)
                .extracting(StyleFinding::file, StyleFinding::line, StyleFinding::category, StyleFinding::check)
                .containsExactly(
                        tuple("demo/Bad.java", 7, StyleCategory.NAMING, "MethodName"),
                        tuple("demo/Bad.java", 10, StyleCategory.DOCUMENTATION, "MissingJavadocMethod"),
                        tuple("demo/Bad.java", 18, StyleCategory.LIKELY_BUGS, "EmptyCatchBlock"),
                        tuple("demo/Bad.java", 24, StyleCategory.FORMATTING, "LineLength"));
        assertThat(findings.getFirst().message()).isEqualTo("Name 'Run' must match pattern '^[a-z][a-zA-Z0-9]*$'.");
        assertThat(findings.getFirst().column()).isEqualTo(17);
        assertThat(findings.get(3).column()).isZero();
        assertThat(findings.get(3).message()).isEqualTo("Line is longer than 120 characters (found 128).");
    }

    @Test
    void theCoursesSkeletonAndReferenceSolutionAreClean() throws Exception {
        Path repository = Repository.root();

        assertThat(CHECKER.check(repository.resolve("exercises/processes/src/main/java"))).isEmpty();
        assertThat(CHECKER.check(repository.resolve("solutions/processes/src/main/java"))).isEmpty();
    }

    @Test
    void printsNothing(@TempDir Path root) throws Exception {
        write(root, "demo/Bad.java", BAD);
        write(root, "demo/Broken.java", "package demo;\nclass Broken {\n");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            assertThat(CHECKER.check(root)).isNotEmpty();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void messagesAreEnglishWhateverTheMachinesLocale(@TempDir Path root) throws Exception {
        write(root, "demo/Bad.java", BAD);
        Locale machine = Locale.getDefault();
        List<StyleFinding> findings;
        try {
            Locale.setDefault(Locale.GERMANY);
            findings = CHECKER.check(root);
        } finally {
            Locale.setDefault(machine);
        }
        assertThat(findings).extracting(StyleFinding::message).contains("Missing a Javadoc comment for 'undocumented'.",
                "Empty catch block.");
    }

    @Test
    void aFileThatDoesNotParseIsOneFindingAndTheOthersAreStillChecked(@TempDir Path root) throws Exception {
        write(root, "demo/Bad.java", BAD);
        write(root, "demo/Broken.java", "package demo;\n\npublic class Broken {\n    void m( {\n}\n");

        List<StyleFinding> findings = CHECKER.check(root);

        assertThat(findings).filteredOn(f -> f.file().equals("demo/Broken.java"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.check()).isEqualTo(CheckCategories.PARSE_ERROR);
                    assertThat(f.category()).isEqualTo(StyleCategory.LIKELY_BUGS);
                    assertThat(f.message()).contains("could not be parsed").doesNotContain(root.toString());
                    assertThat(f.line()).as("where the parser gave up, from 1").isEqualTo(4);
                    assertThat(f.column()).isPositive();
                });
        assertThat(findings).filteredOn(f -> f.file().equals("demo/Bad.java")).hasSize(4);
    }

    @Test
    void symbolicLinksAreNeverFollowed(@TempDir Path temp) throws Exception {
        Path outside = temp.resolve("outside");
        write(outside, "demo/Bad.java", BAD);
        Path root = temp.resolve("root");
        Files.createDirectories(root);
        Files.createSymbolicLink(root.resolve("Linked.java"), outside.resolve("demo/Bad.java"));
        Files.createSymbolicLink(root.resolve("linked"), outside.resolve("demo"));

        assertThat(CHECKER.check(root)).isEmpty();
    }

    @Test
    void findingsAreSortedByFileLineAndColumn(@TempDir Path root) throws Exception {
        write(root, "b/B.java", "package b;\n\nclass B {\n    int x = 1;;\n    void Bad_Name() {\n    }\n}\n");
        write(root, "a/A.java", "package a;\n\nclass A {\n    void Other_Name() {\n    }\n}\n");

        List<StyleFinding> findings = CHECKER.check(root);

        assertThat(findings).extracting(StyleFinding::file, StyleFinding::line)
                .isSortedAccordingTo((x, y) -> x.toList().toString().compareTo(y.toList().toString()))
                .first().isEqualTo(tuple("a/A.java", 4));
        assertThat(findings).extracting(StyleFinding::file).containsSubsequence("a/A.java", "b/B.java");
    }

    @Test
    void aMissingFolderIsAStyleException(@TempDir Path root) {
        assertThatThrownBy(() -> CHECKER.check(root.resolve("missing")))
                .isInstanceOf(StyleException.class)
                .hasMessageContaining("is not a folder");
    }

    @Test
    void aFolderWithoutJavaFilesHasNoFindings(@TempDir Path root) throws Exception {
        write(root, "README.md", "# notes\n");

        assertThat(CHECKER.check(root)).isEmpty();
    }

    @Test
    void knowsItsCheckstyleVersion() {
        assertThat(CHECKER.checkstyleVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void aFileTooDeepForTheParserIsOneFindingAndTheOthersAreStillChecked(@TempDir Path sources) throws Exception {
        Files.createDirectories(sources.resolve("p"));
        String deep = "(".repeat(30_000) + "1" + ")".repeat(30_000);
        Files.writeString(sources.resolve("p/Deep.java"), "package p;\npublic class Deep { int x = " + deep + "; }\n");
        Files.writeString(sources.resolve("p/Named.java"), "package p;\n\n/** Named. */\npublic class Named {\n"
                + "    /** Bad. */\n    public void Bad() {\n    }\n}\n");

        List<StyleFinding> findings = StyleChecker.standard().check(sources);

        assertThat(findings).extracting(StyleFinding::file, StyleFinding::check)
                .contains(tuple("p/Deep.java", "ParseError"),
                        tuple("p/Named.java", "MethodName"));
    }
}
