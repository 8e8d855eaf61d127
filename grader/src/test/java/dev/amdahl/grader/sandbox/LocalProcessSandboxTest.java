package dev.amdahl.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What can be checked of the local sandbox without a disposable machine: it refuses to start anywhere else, it
 * builds the command it would run, and it never wipes a folder that is not its own. The runs themselves are
 * checked in a throwaway container by GradescopeBundleIT.
 */
class LocalProcessSandboxTest {

    private static final LocalTools TOOLS = new LocalTools(Path.of("/usr/bin/setpriv"), Path.of("/usr/bin/prlimit"),
            Optional.of(Path.of("/usr/bin/unshare")), Optional.empty());
    private static final LocalUser USER = new LocalUser("amdahl-sandbox", 999, 998);

    @TempDir
    Path temp;

    @Test
    void refusesToStartUnlessRootOnAMachineDeclaredDisposable() {
        assertThatThrownBy(() -> LocalProcessSandbox.requireDisposable(1000, "yes"))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("not running as root").hasMessageContaining("--sandbox docker");
        assertThatThrownBy(() -> LocalProcessSandbox.requireDisposable(0, null))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("AMDAHL_DISPOSABLE_MACHINE is not set to yes")
                .hasMessageContaining("empties /work").hasMessageContaining("creates the user amdahl-sandbox");
        assertThatThrownBy(() -> LocalProcessSandbox.requireDisposable(0, "true"))
                .isInstanceOf(SandboxException.class);
    }

    @Test
    void startRefusesOnThisMachineUnlessItWasDeclaredDisposable() throws Exception {
        boolean declared = "yes".equals(System.getenv(LocalProcessSandbox.DISPOSABLE_VARIABLE));
        boolean root = LocalProcessSandbox.effectiveUid() == 0;
        if (!(declared && root)) {
            assertThatThrownBy(LocalProcessSandbox::start).isInstanceOf(SandboxException.class)
                    .hasMessageContaining(LocalProcessSandbox.DISPOSABLE_VARIABLE);
        }
        assertThat(declared).as("no test machine is declared disposable: the sandbox would empty /work").isFalse();
    }

    @Test
    void runsTheJobAsTheSandboxUserWithLimitsOnThisJdkSizedToTheJobsMemory() {
        SandboxLimits limits = SandboxLimits.defaults().withMemoryBytes(512 * SandboxLimits.MIB).withProcesses(100)
                .withWallClock(Duration.ofSeconds(30));
        SandboxJob job = new SandboxJob("latency", temp, List.of("java", "-XX:+UseSerialGC", "-cp", "x.jar", "Main"),
                Map.of(), limits, new NoOutput());
        Path jdk = Path.of("/opt/jdk");

        List<String> command = LocalProcessSandbox.command(TOOLS, USER, LocalProcessSandbox.Network.SHARED, jdk, job);

        assertThat(command).containsExactly("/usr/bin/setpriv", "--reuid=999", "--regid=998", "--clear-groups",
                "--no-new-privs", "--", "/usr/bin/prlimit", "--nproc=100", "--fsize=" + DockerSandbox.MAX_FILE_BYTES,
                "--nofile=1024", "--core=0", "--as=" + (512 * SandboxLimits.MIB
                        + LocalProcessSandbox.ADDRESS_SPACE_OVERHEAD), "--",
                "/opt/jdk/bin/java", "-XX:MaxRAM=" + 512 * SandboxLimits.MIB, "--limit-modules",
                "java.base,java.logging,java.compiler,jdk.compiler", "-XX:+UseSerialGC", "-cp", "x.jar", "Main");
    }

    @Test
    void aNetworkNamespaceWrapsTheCommandWhereTheKernelAllowsOne() {
        SandboxJob job = new SandboxJob("x", temp, List.of("/bin/true"), Map.of(), SandboxLimits.defaults(),
                new NoOutput());
        List<String> asRoot = LocalProcessSandbox.command(TOOLS, USER, LocalProcessSandbox.Network.ROOT_NAMESPACE,
                Path.of("/jdk"), job);
        assertThat(asRoot.subList(0, 4)).containsExactly("/usr/bin/unshare", "--net", "--", "/usr/bin/setpriv");
        assertThat(asRoot.get(asRoot.size() - 1)).isEqualTo("/bin/true");

        List<String> asUser = LocalProcessSandbox.command(TOOLS, USER, LocalProcessSandbox.Network.USER_NAMESPACE,
                Path.of("/jdk"), job);
        int prlimitEnd = asUser.lastIndexOf("--");
        assertThat(asUser.get(0)).isEqualTo("/usr/bin/setpriv");
        assertThat(asUser.subList(prlimitEnd - 4, prlimitEnd + 2)).containsExactly("/usr/bin/unshare", "--user",
                "--map-current-user", "--net", "--", "/bin/true");
    }

    @Test
    void theCodeGetsOnlyLanguageHomeAndPath() {
        assertThat(LocalProcessSandbox.environment(Path.of("/jdk"))).containsOnlyKeys("LANG", "HOME", "PATH")
                .containsEntry("HOME", "/tmp").containsEntry("LANG", "C.UTF-8");
    }

    @Test
    void neverWipesAFolderThatIsNotItsOwn() throws Exception {
        Path work = temp.resolve("work");
        Files.createDirectories(work.resolve("main/.git"));
        assertThatThrownBy(() -> new LocalWorkFolder(work).claim()).isInstanceOf(SandboxException.class)
                .hasMessageContaining("holds files the local sandbox did not put there (main");
        assertThat(work.resolve("main/.git")).exists();
        assertThat(work.resolve(LocalWorkFolder.MARKER)).doesNotExist();
    }

    @Test
    void claimsAMissingOrEmptyFolderAndEmptiesItOnceItIsItsOwn() throws Exception {
        Path work = temp.resolve("work");
        LocalWorkFolder folder = new LocalWorkFolder(work);
        folder.claim();
        assertThat(work.resolve(LocalWorkFolder.MARKER)).isRegularFile();

        Files.createDirectories(work.resolve("build/deep"));
        Path outside = Files.writeString(temp.resolve("outside.txt"), "keep");
        Files.createSymbolicLink(work.resolve("build/deep/link"), outside);
        folder.claim();
        folder.empty();
        try (var left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly(LocalWorkFolder.MARKER);
        }
        assertThat(outside).as("links are removed, never followed").hasContent("keep");
    }

    @Test
    void findsTheSandboxUserInThePasswdFile() throws Exception {
        Path passwd = Files.writeString(temp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n"
                + "amdahl-sandbox:x:999:997::/nonexistent:/usr/sbin/nologin\n");
        assertThat(LocalUser.find("amdahl-sandbox", passwd)).contains(new LocalUser("amdahl-sandbox", 999, 997));
        assertThat(LocalUser.find("nobody", passwd)).isEmpty();
    }

    @Test
    void countsTheBytesOfAFolderWithoutFollowingLinks() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("build/deep"));
        Files.write(folder.resolve("a"), new byte[1000]);
        Files.write(temp.resolve("build/b"), new byte[24]);
        Path outside = Files.write(temp.resolve("outside"), new byte[5000]);
        Files.createSymbolicLink(folder.resolve("link"), outside);
        assertThat(LocalUser.treeBytes(temp.resolve("build"))).isEqualTo(1024);
        assertThat(LocalUser.treeBytes(temp.resolve("missing"))).isZero();
    }

    private static final class NoOutput implements OutputWatcher {
        @Override
        public void eventBytes(byte[] chunk) {
        }

        @Override
        public boolean done() {
            return false;
        }
    }
}
