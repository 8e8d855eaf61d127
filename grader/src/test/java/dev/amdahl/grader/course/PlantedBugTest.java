package dev.amdahl.grader.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlantedBugTest {

    @TempDir
    Path folder;

    @TempDir
    Path elsewhere;

    private void bug(String id, String properties) throws Exception {
        Files.createDirectories(folder.resolve(id).resolve("src/main/java"));
        Files.writeString(folder.resolve(id).resolve(PlantedBug.FILE), properties);
    }

    @Test
    void readsEveryBugInIdOrder() throws Exception {
        bug("wrong-sort", "kind = sort order\ndescription = ties broken the other way\n");
        bug("as-a-stream", "kind = rewrite\ndescription = a loop written as a stream\nequivalent = true\n");

        List<PlantedBug> bugs = PlantedBug.loadAll(folder);

        assertThat(bugs).extracting(PlantedBug::id).containsExactly("as-a-stream", "wrong-sort");
        assertThat(bugs.get(0).equivalent()).isTrue();
        assertThat(bugs.get(1).kind()).isEqualTo("sort order");
        assertThat(bugs.get(1).description()).isEqualTo("ties broken the other way");
        assertThat(bugs.get(1).sources()).isEqualTo(folder.resolve("wrong-sort/src/main/java").toAbsolutePath());
        assertThat(PlantedBug.loadAll(folder.resolve("absent"))).isEmpty();
    }

    @Test
    void aBugWithoutItsDescriptionOrSourcesIsRefused() throws Exception {
        bug("nameless", "kind = \ndescription = something\n");
        assertThatThrownBy(() -> PlantedBug.loadAll(folder)).hasMessageContaining("must not be empty");

        Files.writeString(folder.resolve("nameless").resolve(PlantedBug.FILE), "kind = k\ndescription = d\n"
                + "equivalent = maybe\n");
        assertThatThrownBy(() -> PlantedBug.loadAll(folder)).hasMessageContaining("not true or false");

        Files.createDirectories(folder.resolve("empty"));
        assertThatThrownBy(() -> PlantedBug.loadAll(folder)).hasMessageContaining("is not a planted bug");
    }

    @Test
    void aBugHoldsOnlyTheFilesItChangesAndIsWrittenOverTheProgram() throws Exception {
        Path program = elsewhere.resolve("program");
        Files.createDirectories(program.resolve("p"));
        Files.writeString(program.resolve("p/A.java"), "class A { int x = 1; }");
        Files.writeString(program.resolve("p/B.java"), "class B {}");
        bug("a-off", "kind = off-by-one\ndescription = one short\n");
        Path changed = folder.resolve("a-off/src/main/java/p/A.java");
        Files.createDirectories(changed.getParent());
        Files.writeString(changed, "class A { int x = 0; }");
        PlantedBug bug = PlantedBug.loadAll(folder).stream().filter(b -> b.id().equals("a-off")).findFirst()
                .orElseThrow();

        bug.writeProgram(program, elsewhere.resolve("written"));

        assertThat(elsewhere.resolve("written/p/A.java")).hasContent("class A { int x = 0; }");
        assertThat(elsewhere.resolve("written/p/B.java")).hasContent("class B {}");
        assertThat(bug.problemsAgainst(program)).isEmpty();

        Files.writeString(changed, "class A { int x = 1; }");
        Files.writeString(folder.resolve("a-off/src/main/java/p/Typo.java"), "class Typo {}");
        assertThat(bug.problemsAgainst(program)).containsExactly(
                "planted bug a-off: p/A.java is the program's own file; keep only the files the bug changes",
                "planted bug a-off: p/Typo.java is not a file of the program; a bug replaces files of the program at"
                        + " their own paths");
    }
}
