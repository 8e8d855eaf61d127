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
}
