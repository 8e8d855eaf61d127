package dev.amdahl.grading.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the practice variants, and refusing one that is not a change of the program. */
class PracticeVariantTest {

    @TempDir
    Path tmp;

    private Path program() throws IOException {
        Path program = tmp.resolve("program");
        write(program.resolve("demo/Adder.java"), "class Adder { int add(int a, int b) { return a + b; } }");
        write(program.resolve("demo/Other.java"), "class Other { }");
        return program;
    }

    private Path variant(String id, String properties, String path, String text) throws IOException {
        Path folder = tmp.resolve("practice").resolve(id);
        write(folder.resolve(PracticeVariant.FILE), properties);
        write(folder.resolve("src/main/java").resolve(path), text);
        return folder;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void findsEveryVariantByIdWithItsKindAndDescription() throws IOException {
        Path program = program();
        variant("b-minus", "kind = wrong-operator\ndescription = subtracts\n", "demo/Adder.java",
                "class Adder { int add(int a, int b) { return a - b; } }");
        variant("a-same", "kind = equivalent-refactoring\ndescription = the same\nequivalent = true\n",
                "demo/Adder.java", "class Adder { int add(int a, int b) { return b + a; } }");

        List<PracticeVariant> variants = PracticeVariant.discover(tmp.resolve("practice"), program);

        assertEquals(List.of("a-same", "b-minus"), variants.stream().map(PracticeVariant::id).toList());
        assertEquals("wrong-operator", variants.get(1).kind());
        assertEquals("subtracts", variants.get(1).description());
        assertEquals(List.of(true, false), variants.stream().map(PracticeVariant::equivalent).toList());
    }

    @Test
    void noFolderMeansNoVariants() throws IOException {
        assertEquals(List.of(), PracticeVariant.discover(tmp.resolve("nowhere"), program()));
    }

    @Test
    void writesTheProgramWithTheVariantsFilesInPlaceOfItsOwn() throws IOException {
        Path program = program();
        variant("minus", "kind = k\ndescription = d\n", "demo/Adder.java", "class Adder { /* changed */ }");
        PracticeVariant variant = PracticeVariant.discover(tmp.resolve("practice"), program).get(0);

        variant.writeProgram(program, tmp.resolve("out"));

        assertEquals("class Adder { /* changed */ }", Files.readString(tmp.resolve("out/demo/Adder.java")));
        assertEquals("class Other { }", Files.readString(tmp.resolve("out/demo/Other.java")));
        assertEquals("class Adder { int add(int a, int b) { return a + b; } }",
                Files.readString(program.resolve("demo/Adder.java")), "the program itself is left as it was");
    }

    @Test
    void refusesAFileThatIsNotAFileOfTheProgram() throws IOException {
        Path program = program();
        variant("typo", "kind = k\ndescription = d\n", "demo/Addr.java", "class Addr { }");

        PracticeException refused = assertThrows(PracticeException.class,
                () -> PracticeVariant.discover(tmp.resolve("practice"), program));
        assertTrue(refused.getMessage().contains("is not a file of the program"), refused.getMessage());
    }

    @Test
    void refusesAVariantThatChangesNothing() throws IOException {
        Path program = program();
        variant("same", "kind = k\ndescription = d\n", "demo/Other.java", "class Other { }");

        PracticeException refused = assertThrows(PracticeException.class,
                () -> PracticeVariant.discover(tmp.resolve("practice"), program));
        assertTrue(refused.getMessage().contains("unchanged"), refused.getMessage());
    }

    @Test
    void refusesAVariantWithoutKindOrDescriptionOrWithAnUnclearEquivalent() throws IOException {
        Path program = program();
        for (String properties : List.of("description = d\n", "kind = k\n", "kind = k\ndescription = d\n"
                + "equivalent = yes\n")) {
            variant("bad", properties, "demo/Adder.java", "class Adder { }");
            assertThrows(PracticeException.class, () -> PracticeVariant.discover(tmp.resolve("practice"), program),
                    properties);
        }
    }
}
