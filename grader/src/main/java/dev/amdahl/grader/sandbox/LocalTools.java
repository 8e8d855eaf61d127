package dev.amdahl.grader.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The programs the local sandbox runs code through (util-linux's setpriv, prlimit and unshare), found by absolute
 * path so that no {@code PATH} decides what runs as root.
 *
 * @param setpriv  drops to the sandbox's user, its groups and new privileges
 * @param prlimit  sets the resource limits
 * @param unshare  gives the code a network namespace of its own, where there is one
 * @param useradd  creates the sandbox's user, where there is one
 */
record LocalTools(Path setpriv, Path prlimit, Optional<Path> unshare, Optional<Path> useradd) {

    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/usr/bin"), Path.of("/bin"),
            Path.of("/usr/sbin"), Path.of("/sbin"));

    static LocalTools find() throws SandboxException {
        Path setpriv = which("setpriv").orElseThrow(() -> missing("setpriv"));
        Path prlimit = which("prlimit").orElseThrow(() -> missing("prlimit"));
        return new LocalTools(setpriv, prlimit, which("unshare"), which("useradd"));
    }

    private static SandboxException missing(String tool) {
        return new SandboxException("The local sandbox needs " + tool + " (from util-linux) and cannot find it in "
                + "/usr/bin or /bin: install util-linux.");
    }

    static Optional<Path> which(String name) {
        return SYSTEM_FOLDERS.stream().map(folder -> folder.resolve(name)).filter(Files::isExecutable).findFirst();
    }

    /** Runs a short command as this (root) process; fails with its output when it does not exit with 0. */
    static void runQuietly(List<String> command) throws SandboxException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SandboxException(String.join(" ", command) + " did not finish in 30 seconds.");
            }
            if (process.exitValue() != 0) {
                throw new SandboxException(String.join(" ", command) + " failed (exit code " + process.exitValue()
                        + "): " + output);
            }
        } catch (IOException e) {
            throw new SandboxException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while running " + command.get(0), e);
        }
    }

    /** Whether {@code command} runs and exits with 0 within a few seconds: a probe of what the kernel allows. */
    static boolean succeeds(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
