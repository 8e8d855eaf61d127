package dev.amdahl.grader.sandbox;

import dev.amdahl.grader.runner.RunnerInvocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** A job's input folder as the tar stream Docker copies into a container. */
final class StagedInput {

    private StagedInput() {
    }

    /**
     * The regular files and folders under {@code folder} (links are left out), owned by root: readable by the
     * code under test, never writable by it; except what is under {@value RunnerInvocation#PRIVATE}, which the
     * sandbox's user
     * owns and alone can read.
     */
    static byte[] tar(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);
                Stream<Path> walk = Files.walk(folder)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Path path : walk.sorted().toList()) {
                if (path.equals(folder) || Files.isSymbolicLink(path)) {
                    continue;
                }
                String name = folder.relativize(path).toString().replace('\\', '/');
                boolean directory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
                TarArchiveEntry entry = new TarArchiveEntry(directory ? name + "/" : name);
                boolean owned = name.equals(RunnerInvocation.PRIVATE)
                        || name.startsWith(RunnerInvocation.PRIVATE + "/");
                entry.setMode(owned ? (directory ? 040700 : 0100600) : (directory ? 040755 : 0100644));
                entry.setIds(owned ? DockerSandbox.USER_ID : 0, owned ? DockerSandbox.USER_ID : 0);
                if (!directory) {
                    entry.setSize(Files.size(path));
                }
                tar.putArchiveEntry(entry);
                if (!directory) {
                    Files.copy(path, tar);
                }
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
