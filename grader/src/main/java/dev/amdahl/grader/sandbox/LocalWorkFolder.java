package dev.amdahl.grader.sandbox;

import dev.amdahl.grader.runner.RunnerInvocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * The local sandbox's {@value RunnerInvocation#WORK}: emptied before each job and filled with its input, owned by root
 * and readable by all, except {@value RunnerInvocation#PRIVATE} (the sandbox's user's alone, so the runner can read and
 * remove it) and {@code build/} (the user's scratch space).
 *
 * <p>It only ever wipes a folder that was missing, empty, or already its own (it leaves a marker file there), so a
 * stray {@code AMDAHL_DISPOSABLE_MACHINE=yes} on a machine whose {@code /work} holds something else is refused
 * rather than obeyed.
 */
final class LocalWorkFolder {

    static final String MARKER = ".amdahl-local-sandbox";

    private final Path root;

    LocalWorkFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Makes the folder the sandbox's, or refuses when it holds anything else. */
    void claim() throws SandboxException {
        try {
            if (Files.isSymbolicLink(root)) {
                throw new SandboxException(root + " is a symbolic link; the local sandbox needs a real folder there.");
            }
            Files.createDirectories(root);
            Path marker = root.resolve(MARKER);
            try (Stream<Path> entries = Files.list(root)) {
                List<Path> others = entries.filter(entry -> !entry.equals(marker)).toList();
                if (!others.isEmpty() && !Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
                    throw new SandboxException(root + " holds files the local sandbox did not put there ("
                            + others.get(0).getFileName() + ", …), and it empties that folder before each run: it"
                            + " refuses. Run it on a disposable machine where " + root
                            + " is free, or use the Docker sandbox.");
                }
            }
            Files.writeString(marker, "The amdahl local sandbox empties this folder before each run.\n");
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new SandboxException("Cannot prepare " + root + " for the local sandbox: " + e.getMessage(), e);
        }
    }

    /** Empties the folder (but for the marker), then copies {@code input} in, owned as the class comment says. */
    void fill(Path input, LocalUser user) throws SandboxException {
        try {
            empty();
            try (Stream<Path> walk = Files.walk(input)) {
                for (Path path : walk.sorted().toList()) {
                    if (path.equals(input) || Files.isSymbolicLink(path)) {
                        continue;
                    }
                    String name = input.relativize(path).toString();
                    Path target = root.resolve(name);
                    boolean directory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
                    if (directory) {
                        Files.createDirectories(target);
                    } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                        Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                    } else {
                        continue;
                    }
                    boolean owned = name.equals(RunnerInvocation.PRIVATE)
                            || name.startsWith(RunnerInvocation.PRIVATE + "/");
                    own(target, owned ? user.uid() : 0, owned ? user.gid() : 0,
                            owned ? (directory ? "rwx------" : "rw-------") : (directory ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            Path build = Files.createDirectories(root.resolve("build"));
            own(build, user.uid(), user.gid(), "rwx------");
        } catch (IOException e) {
            throw new SandboxException("Cannot copy the job's input to " + root + ": " + e.getMessage(), e);
        }
    }

    /** Removes everything but the marker; links inside are removed, never followed. */
    void empty() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals(MARKER)) {
                    LocalUser.deleteTree(entry);
                }
            }
        }
        try (Stream<Path> entries = Files.list(root)) {
            List<Path> left = entries.filter(entry -> !entry.getFileName().toString().equals(MARKER)).toList();
            if (!left.isEmpty()) {
                throw new IOException("could not remove " + left.get(0));
            }
        }
    }

    private static void own(Path path, int uid, int gid, String mode) throws IOException {
        Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }
}
