package dev.amdahl.grader.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The unprivileged account the local sandbox runs code as: its own, so that "every process of this user" and
 * "every file of this user" mean exactly what the code under test left behind.
 *
 * @param name the account's name
 * @param uid  its user id
 * @param gid  its primary group id
 */
record LocalUser(String name, int uid, int gid) {

    static final String NAME = "amdahl-sandbox";
    /** Folders any user may write to, where code under test may leave files behind. */
    static final List<Path> SHARED_SCRATCH = List.of(Path.of("/tmp"), Path.of("/var/tmp"), Path.of("/dev/shm"));
    private static final Path PASSWD = Path.of("/etc/passwd");
    private static final int KILL_ROUNDS = 50;

    /** The account {@value #NAME}, created (a system account with no home and no login shell) if it is missing. */
    static LocalUser ensure(LocalTools tools) throws SandboxException {
        Optional<LocalUser> existing = find(NAME, PASSWD);
        if (existing.isPresent()) {
            return existing.get();
        }
        Path useradd = tools.useradd().orElseThrow(() -> new SandboxException("The local sandbox needs the user "
                + NAME + ", and useradd is missing to create it. Create it by hand: useradd --system --user-group "
                + NAME + "."));
        LocalTools.runQuietly(List.of(useradd.toString(), "--system", "--user-group", "--no-create-home",
                "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", NAME));
        return find(NAME, PASSWD).orElseThrow(() -> new SandboxException("Could not create the user " + NAME
                + " for the local sandbox; create it by hand: useradd --system --user-group " + NAME + "."));
    }

    /** The entry for {@code name} in a passwd file. */
    static Optional<LocalUser> find(String name, Path passwd) throws SandboxException {
        try {
            for (String line : Files.readAllLines(passwd, StandardCharsets.UTF_8)) {
                String[] fields = line.split(":", -1);
                if (fields.length >= 4 && fields[0].equals(name)) {
                    return Optional.of(new LocalUser(name, Integer.parseInt(fields[2]), Integer.parseInt(fields[3])));
                }
            }
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            throw new SandboxException("Cannot read " + passwd + ": " + e.getMessage(), e);
        }
    }

    /** The ids of the processes whose real user is this one. */
    List<Long> processes() {
        List<Long> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.toList()) {
                String pid = entry.getFileName().toString();
                if (pid.chars().allMatch(Character::isDigit) && realUid(entry) == uid) {
                    found.add(Long.parseLong(pid));
                }
            }
        } catch (IOException e) {
            // no /proc: nothing can be found, and nothing more can be done
        }
        return found;
    }

    /** The real uid from {@code /proc/PID/status} (its owner may be root for a process that made itself undumpable). */
    private static long realUid(Path process) {
        try {
            for (String line : Files.readAllLines(process.resolve("status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("Uid:")) {
                    return Long.parseLong(line.substring(4).strip().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended meanwhile
        }
        return -1;
    }

    /**
     * Kills every process of this user until none is left. {@code kill -KILL -1} as the user itself reaches all of
     * them at once, so a fork bomb cannot outrun it; what survives a round is killed by id.
     */
    void killAll(LocalTools tools) throws InterruptedException {
        for (int round = 0; round < KILL_ROUNDS; round++) {
            List<Long> left = processes();
            if (left.isEmpty()) {
                return;
            }
            try {
                Process killer = new ProcessBuilder(tools.setpriv().toString(), "--reuid=" + uid, "--regid=" + gid,
                        "--clear-groups", "--", "/bin/sh", "-c", "kill -KILL -1")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                killer.waitFor(5, TimeUnit.SECONDS);
                killer.destroyForcibly();
            } catch (IOException e) {
                // killed one by one below
            }
            for (long pid : left) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
            Thread.sleep(Math.min(10L * (round + 1), 200));
        }
    }

    /** Removes what this user left in the folders everyone may write to; links are removed, never followed. */
    void removeLeftovers() {
        for (Path entry : ownedScratchEntries()) {
            deleteTree(entry);
        }
    }

    /**
     * How many bytes the files of this user take in {@code own} (a folder it owns, all of it counted) and in the
     * shared scratch folders (what it made there). Links are not followed.
     */
    long scratchBytes(Path own) {
        long total = treeBytes(own);
        for (Path entry : ownedScratchEntries()) {
            total += treeBytes(entry);
        }
        return total;
    }

    /** What this user made directly in the shared scratch folders, as far as they can be read. */
    private List<Path> ownedScratchEntries() {
        List<Path> owned = new ArrayList<>();
        for (Path scratch : SHARED_SCRATCH) {
            if (!Files.isDirectory(scratch, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(scratch)) {
                for (Path entry : entries.toList()) {
                    if (owner(entry) == uid) {
                        owned.add(entry);
                    }
                }
            } catch (IOException e) {
                // best effort: the machine is disposable, and what cannot be listed cannot be counted either
            }
        }
        return owned;
    }

    static long treeBytes(Path root) {
        long[] total = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        total[0] += attributes.size();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // counted as far as it could be read
        }
        return total[0];
    }

    private static int owner(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }
}
