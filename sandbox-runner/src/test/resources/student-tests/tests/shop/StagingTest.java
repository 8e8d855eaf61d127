package shop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a test could try: read the program's files from disk. The runner's test names the staged folders. */
class StagingTest {

    @Test
    void theProgramAndItsVariantsAreGoneFromDisk() {
        String staged = System.getProperty("amdahl.test.staged");
        assertNotNull(staged, "amdahl.test.staged names the folder the exercise is staged in");
        for (String path : new String[] {"exercise/src/main/java/shop/Cart.java", "exercise/src/main",
                "build/classes/shop/Cart.class", "build/classes", "build/variants", "variants", "exercise/classes"}) {
            assertFalse(Files.exists(Path.of(staged, path)), path + " is still there");
        }
    }
}
