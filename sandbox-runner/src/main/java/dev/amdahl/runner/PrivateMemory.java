package dev.amdahl.runner;

import java.io.FileInputStream;
import java.io.IOException;

/**
 * The runner's refusal to run tests in a process whose memory the code under test could read or write.
 *
 * <p>Code under test shares this JVM. Without a guard it could open {@code /proc/self/mem} and read or change
 * anything in it: the tests' expected values, the results before they are sent. The sandbox closes this in the
 * kernel: its {@code java} is executable but not readable by the sandbox's user, and the kernel makes a process
 * started from such a file non-dumpable, which leaves its {@code /proc/<pid>/mem}, {@code environ} and
 * {@code pagemap} to root (the sandbox has no root and no capabilities). That holds for every process in the
 * sandbox, children of the code under test included. This class checks it before any submitted class is loaded:
 * where the memory is readable after all (another image, another JDK), nothing is graded.
 */
final class PrivateMemory {

    static final String MEMORY = "/proc/self/mem";

    private PrivateMemory() {
    }

    /** Throws unless this process's memory is closed to the process itself. */
    static void require() {
        if (readable(MEMORY)) {
            throw new IllegalStateException("the sandbox does not keep the tests' memory private (" + MEMORY
                    + " can be opened), so no result of this run could be trusted. The java binary in the sandbox "
                    + "must be executable but not readable by the sandbox's user (chmod 0711)");
        }
    }

    static boolean readable(String path) {
        try (FileInputStream ignored = new FileInputStream(path)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
