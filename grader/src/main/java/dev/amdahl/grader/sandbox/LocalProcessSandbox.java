package dev.amdahl.grader.sandbox;

import dev.amdahl.grader.runner.RunnerInvocation;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import dev.amdahl.grader.io.AtomicFile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs each job as a plain process on this machine, for where there is no Docker: Gradescope's autograder
 * container, which is itself the disposable box. One job at a time: {@value RunnerInvocation#WORK} is emptied and
 * filled
 * with the job's input (see {@link LocalWorkFolder}); the command runs as the unprivileged user
 * {@value LocalUser#NAME} through {@code setpriv} (no supplementary groups, {@code no_new_privs}) and
 * {@code prlimit} (processes, file size, open files, no core dumps, a ceiling on address space), with only
 * {@code LANG}, {@code HOME} and {@code PATH} set, and in a network namespace of its own where the kernel allows
 * one. The Java heap follows the job's memory limit as it would in a container of that size. The wall clock, the
 * output limit and the space its files take (what the Docker sandbox's scratch folders hold) are enforced from
 * here, and after each job every process of that user is killed and what it left in the shared scratch folders is
 * removed.
 *
 * <p>What it cannot do without a container: cap the memory of all processes together (a process the kernel kills
 * for memory counts as a crash), cap the CPUs, keep the code from reading what every user may read on this
 * machine. It therefore refuses to start except as root on a machine declared disposable
 * ({@value #DISPOSABLE_VARIABLE}{@code =yes}), and it never times speedups.
 */
public final class LocalProcessSandbox implements Sandbox {

    /** The variable that declares this machine disposable: the sandbox wipes /work and creates a user. */
    public static final String DISPOSABLE_VARIABLE = "AMDAHL_DISPOSABLE_MACHINE";
    static final Path RUNNER_JAR = Path.of(RunnerInvocation.JAR);
    static final long OPEN_FILES = 1024;
    /**
     * Address space on top of the job's memory: a JVM reserves about 2.5 GiB before it allocates anything (class
     * space, code cache, heap reservations, thread stacks), so this is a ceiling on runaway native memory, not
     * the memory limit itself, which the JVM's heap sizing follows.
     */
    static final long ADDRESS_SPACE_OVERHEAD = 4096 * SandboxLimits.MIB;
    /**
     * What the code may write to disk: as much as the Docker sandbox's in-memory {@code /tmp} and build folder
     * hold. There is no small file system to fill here, so the run is stopped when it writes more.
     */
    static final long SCRATCH_BYTES = DockerSandbox.TMP_BYTES + DockerSandbox.BUILD_BYTES;
    static final Duration DISK_CHECK_EVERY = Duration.ofMillis(250);

    private final LocalTools tools;
    private final LocalUser user;
    private final LocalWorkFolder work;
    private final Path javaHome;
    private final Network network;
    private boolean closed;

    /** How the code under test is kept off the network, as far as this machine allows. */
    enum Network {
        /** A network namespace of its own, made by root: no interface but a loopback that is down. */
        ROOT_NAMESPACE,
        /** A user and network namespace the sandbox's user makes for itself. */
        USER_NAMESPACE,
        /** The kernel allows neither: the code has this machine's network. */
        SHARED
    }

    private LocalProcessSandbox(LocalTools tools, LocalUser user, LocalWorkFolder work, Path javaHome,
            Network network) {
        this.tools = tools;
        this.user = user;
        this.work = work;
        this.javaHome = javaHome;
        this.network = network;
    }

    /**
     * Checks that this is root on a disposable machine, creates the sandbox's user if needed, installs the runner
     * at {@code /opt/amdahl} and claims {@value RunnerInvocation#WORK}.
     */
    public static LocalProcessSandbox start() throws SandboxException {
        requireDisposableMachine();
        Path javaHome = Path.of(System.getProperty("java.home"));
        if (!Files.isExecutable(javaHome.resolve("bin/java")) || !Files.isExecutable(javaHome.resolve("bin/javac"))) {
            throw new SandboxException("The local sandbox runs the tests on the grader's own Java, and " + javaHome
                    + " is not a full JDK (no bin/javac): run amdahl with a JDK 21 or later.");
        }
        LocalTools tools = LocalTools.find();
        LocalUser user = LocalUser.ensure(tools);
        installRunner();
        LocalWorkFolder work = new LocalWorkFolder(Path.of(RunnerInvocation.WORK));
        work.claim();
        try {
            user.killAll(tools);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while starting the local sandbox", e);
        }
        return new LocalProcessSandbox(tools, user, work, javaHome, probeNetwork(tools, user));
    }

    /**
     * Refuses where the local sandbox may not run, before anything else is done: on an ordinary machine
     * {@code --sandbox local} is a wrong option, not a failure of the grader.
     */
    public static void requireDisposableMachine() throws SandboxException {
        requireDisposable(effectiveUid(), System.getenv(DISPOSABLE_VARIABLE));
    }

    /**
     * Refuses unless {@code euid} is root and {@code flag} is {@code yes}: the sandbox empties /work, creates a
     * user and kills that user's processes, which is only right on a machine that is thrown away afterwards.
     */
    static void requireDisposable(long euid, String flag) throws SandboxException {
        String why = "The local sandbox runs student code as plain processes on this machine: it empties "
                + RunnerInvocation.WORK + ", creates the user " + LocalUser.NAME
                + " and kills its processes, so it only "
                + "runs as root on a disposable machine (such as Gradescope's autograder container) where "
                + DISPOSABLE_VARIABLE + "=yes is set.";
        if (euid != 0) {
            throw new SandboxException(why + " It is not running as root here. Anywhere else, use --sandbox docker.");
        }
        if (!"yes".equals(flag)) {
            throw new SandboxException(why + " " + DISPOSABLE_VARIABLE + " is not set to yes here. Anywhere else, "
                    + "use --sandbox docker.");
        }
    }

    /** The effective user id: the owner of {@code /proc/self}. */
    static long effectiveUid() throws SandboxException {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (IOException | RuntimeException e) {
            throw new SandboxException("The local sandbox runs on Linux only (cannot read /proc/self: "
                    + e.getMessage() + ").", e);
        }
    }

    /** The runner jar this grader was built with, which the local sandbox and the Gradescope bundle install. */
    public static byte[] bundledRunnerJar() throws SandboxException {
        try (InputStream in = LocalProcessSandbox.class.getClassLoader().getResourceAsStream(SandboxImage.RUNNER_JAR)) {
            if (in == null) {
                throw new SandboxException("The grader was built without " + SandboxImage.RUNNER_JAR
                        + "; rebuild it with ./mvnw package.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SandboxException("Cannot read " + SandboxImage.RUNNER_JAR + " from the grader: "
                    + e.getMessage(), e);
        }
    }

    private static void installRunner() throws SandboxException {
        try {
            Path folder = Files.createDirectories(RUNNER_JAR.getParent());
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            byte[] jar = bundledRunnerJar();
            AtomicFile.writeBytes(RUNNER_JAR, out -> out.write(jar)); // rw-r--r--: every sandbox user runs it
        } catch (IOException e) {
            throw new SandboxException("Cannot install the runner at " + RUNNER_JAR + ": " + e.getMessage(), e);
        }
    }

    private static Network probeNetwork(LocalTools tools, LocalUser user) {
        if (tools.unshare().isEmpty()) {
            return Network.SHARED;
        }
        String unshare = tools.unshare().get().toString();
        if (LocalTools.succeeds(List.of(unshare, "--net", "--", "/bin/sh", "-c", "exit 0"))) {
            return Network.ROOT_NAMESPACE;
        }
        List<String> asUser = new ArrayList<>(dropPrivileges(tools, user));
        asUser.addAll(List.of(unshare, "--user", "--map-current-user", "--net", "--", "/bin/sh", "-c", "exit 0"));
        return LocalTools.succeeds(asUser) ? Network.USER_NAMESPACE : Network.SHARED;
    }

    private static List<String> dropPrivileges(LocalTools tools, LocalUser user) {
        return List.of(tools.setpriv().toString(), "--reuid=" + user.uid(), "--regid=" + user.gid(), "--clear-groups",
                "--no-new-privs", "--");
    }

    /** As {@link #command(LocalTools, LocalUser, Network, Path, SandboxJob, Path)} with the channel where it is. */
    static List<String> command(LocalTools tools, LocalUser user, Network network, Path javaHome, SandboxJob job) {
        return command(tools, user, network, javaHome, job, Path.of(RunnerInvocation.EVENTS));
    }

    /**
     * The full command line for {@code job}: namespace, user, limits, then the job's command, whose {@code java}
     * becomes this JDK's, told that the machine has as much memory as the job may use, and whose channel
     * ({@value RunnerInvocation#EVENTS}) is {@code events}.
     */
    static List<String> command(LocalTools tools, LocalUser user, Network network, Path javaHome, SandboxJob job,
            Path events) {
        SandboxLimits limits = job.limits();
        List<String> command = new ArrayList<>();
        if (network == Network.ROOT_NAMESPACE) {
            command.addAll(List.of(tools.unshare().orElseThrow().toString(), "--net", "--"));
        }
        command.addAll(dropPrivileges(tools, user));
        command.addAll(List.of(tools.prlimit().toString(),
                "--nproc=" + limits.processes(),
                "--fsize=" + DockerSandbox.MAX_FILE_BYTES,
                "--nofile=" + OPEN_FILES,
                "--core=0",
                "--as=" + (limits.memoryBytes() + ADDRESS_SPACE_OVERHEAD),
                "--"));
        if (network == Network.USER_NAMESPACE) {
            command.addAll(List.of(tools.unshare().orElseThrow().toString(), "--user", "--map-current-user", "--net",
                    "--"));
        }
        command.addAll(RunnerInvocation.onLocalJvm(job.command(), javaHome.resolve("bin/java"), limits.memoryBytes(),
                events));
        return command;
    }

    /** The environment the code runs with: nothing of the grader's. */
    static Map<String, String> environment(Path javaHome) {
        return Map.of("LANG", "C.UTF-8", "HOME", RunnerInvocation.TMP,
                "PATH", javaHome.resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
    }

    @Override
    public synchronized SandboxResult run(SandboxJob job) throws SandboxException, InterruptedException {
        if (closed) {
            throw new SandboxException("The local sandbox is closed.");
        }
        work.fill(job.input(), user);
        CountDownLatch stop = new CountDownLatch(1);
        try (EventSocket events = DockerSandbox.openEvents(job, stop)) {
            return run(job, events, stop);
        }
    }

    private SandboxResult run(SandboxJob job, EventSocket events, CountDownLatch stop)
            throws SandboxException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(tools, user, network, javaHome, job,
                events.folder().resolve(EventSocket.NAME)))
                .directory(work.root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment(javaHome));
        ContainerOutput output = new ContainerOutput(job.limits().outputBytes(), stop);
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new SandboxException("Could not start " + job.name() + " in the local sandbox: " + e.getMessage(), e);
        }
        try {
            process.onExit().thenRun(stop::countDown);
            Thread stdout = pump(process.getInputStream(), StreamType.STDOUT, output, job.name());
            Thread stderr = pump(process.getErrorStream(), StreamType.STDERR, output, job.name());
            AtomicBoolean diskFull = new AtomicBoolean();
            Thread disk = watchDisk(process, stop, diskFull, job.name());
            boolean stoppedInTime = stop.await(job.limits().wallClock().toMillis(), TimeUnit.MILLISECONDS);
            Duration wallTime = Duration.ofNanos(System.nanoTime() - start);
            boolean timedOut = !stoppedInTime;
            if (!timedOut && !output.overLimit() && !events.overLimit() && !diskFull.get() && job.watcher().done()) {
                process.waitFor(DockerSandbox.STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS); // a moment to end itself
            }
            user.killAll(tools); // whatever happened, nothing of the job outlives it
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            disk.interrupt();
            stdout.join(5_000);
            stderr.join(5_000);
            events.awaitEnd(Duration.ofSeconds(5));
            boolean overLimit = output.overLimit() || events.overLimit();
            int exit = process.isAlive() ? -1 : process.exitValue();
            // Without a cgroup there is no OOMKilled flag, and a SIGKILL from the kernel's out-of-memory killer looks
            // like one the code sent itself (kill -9 of its own JVM): both count as a crash. The JVM's own
            // OutOfMemoryError is recognised from its exit code and words, as in the Docker sandbox.
            boolean outOfMemory = false;
            OptionalLong exitCode = timedOut || overLimit || diskFull.get() || exit < 0
                    ? OptionalLong.empty() : OptionalLong.of(exit);
            String console = output.console() + (diskFull.get() ? "\n[amdahl] Stopped: together the tests wrote more "
                    + "than " + SCRATCH_BYTES / SandboxLimits.MIB + " MiB of files (in /tmp and the build folder). "
                    + "Look for files written in a loop.\n" : "");
            return new SandboxResult(exitCode, timedOut, outOfMemory, overLimit, console, wallTime);
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            user.killAll(tools);
            user.removeLeftovers();
        }
    }

    /** Stops the run (trips {@code stop}) once the user's files take more than {@link #SCRATCH_BYTES}. */
    private Thread watchDisk(Process process, CountDownLatch stop, AtomicBoolean full, String name) {
        Path build = work.root().resolve("build");
        Thread thread = new Thread(() -> {
            try {
                while (process.isAlive()) {
                    if (user.scratchBytes(build) > SCRATCH_BYTES) {
                        full.set(true);
                        stop.countDown();
                        return;
                    }
                    Thread.sleep(DISK_CHECK_EVERY.toMillis());
                }
            } catch (InterruptedException e) {
                // the run is over
            }
        }, "amdahl-local-disk-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static Thread pump(InputStream in, StreamType type, ContainerOutput output, String name) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (in) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (read > 0) {
                        output.onNext(new Frame(type, Arrays.copyOf(buffer, read)));
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "amdahl-local-" + type.name().toLowerCase(java.util.Locale.ROOT) + "-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Refused: timing compares runs pinned to the same CPUs and frozen in turn, which needs containers. */
    @Override
    public SandboxSession open(SandboxJob job, String cpuset) throws SandboxException {
        throw new SandboxException("Speedup timing needs the Docker sandbox: the local sandbox can neither pin a run "
                + "to CPUs nor freeze it. Grade without --timing here, or with --sandbox docker.");
    }

    @Override
    public String describe() {
        String base = "local processes as " + user.name() + " (uid " + user.uid() + "), Java " + Runtime.version()
                .feature() + " at " + javaHome;
        return switch (network) {
            case ROOT_NAMESPACE, USER_NAMESPACE -> base + "; no network";
            case SHARED -> base + "; network not cut (the kernel refused unshare --net)";
        };
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            user.killAll(tools);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        user.removeLeftovers();
        try {
            if (Files.isDirectory(work.root(), LinkOption.NOFOLLOW_LINKS)) {
                work.empty();
            }
        } catch (IOException e) {
            // the machine is thrown away
        }
    }
}
