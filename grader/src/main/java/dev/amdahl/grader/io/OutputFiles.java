package dev.amdahl.grader.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files the grader writes for people and other tools: reports, feedback, CSVs, the class report. */
public final class OutputFiles {

    /** rw-r--r--: what an editor or {@code cp} would give the file. */
    public static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private OutputFiles() {
    }

    /**
     * A file written whole and then renamed into place starts as {@link Files#createTempFile}'s rw-------, which
     * would keep a report from the web server, the TA's account or the LMS upload. None of these files holds a
     * secret, so they are readable like any other.
     */
    public static void makeReadable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, READABLE);
        }
    }
}
