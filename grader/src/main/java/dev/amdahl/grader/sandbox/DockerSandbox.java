package dev.amdahl.grader.sandbox;

import dev.amdahl.grader.runner.RunnerInvocation;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallbackTemplate;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ulimit;
import com.github.dockerjava.api.model.Volume;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A fresh Docker container per job, locked down by default: no network; a read-only root file system, with
 * the job's input on a volume the code cannot write and size-limited scratch space in memory for the
 * build and {@code /tmp}; memory with no swap on top; a process limit; ulimits on open files, file size
 * and core dumps; all capabilities dropped, {@code no-new-privileges}, the engine's default seccomp
 * profile; an unprivileged user; an init process that reaps orphans; private IPC. The wall clock and the
 * output limit are enforced from here: the container is stopped, then killed.
 *
 * <p>Every container carries this session's labels and is removed when its job ends, whatever happened. A
 * shutdown hook removes any left over if the grader is stopped midway, and containers left by graders that
 * died (even by {@code kill -9}) are removed when the next one starts.
 */
public final class DockerSandbox implements Sandbox {

    /** The unprivileged user the code runs as (nobody). */
    public static final int USER_ID = 65534;
    public static final String LABEL = "amdahl";
    public static final String SESSION_LABEL = "amdahl.session";
    static final String HOST_LABEL = "amdahl.host";
    static final String PID_LABEL = "amdahl.pid";
    /** Containers older than this are someone's leftovers, whoever made them. */
    static final Duration STALE_AFTER = Duration.ofHours(12);
    static final Duration STOP_GRACE = Duration.ofSeconds(2);
    static final long TMP_BYTES = 64 * SandboxLimits.MIB;
    static final long BUILD_BYTES = 128 * SandboxLimits.MIB;
    static final long MAX_FILE_BYTES = 64 * SandboxLimits.MIB;
    static final long OPEN_FILES = 1024;
    /** Where each job's steps are timed, at DEBUG: {@code bench/breakdown.sh} turns it on. */
    static final System.Logger PHASES = System.getLogger("dev.amdahl.grader.phases");

    private final DockerClient docker;
    private final String image;
    private final String imageId;
    private final Consumer<CreateContainerCmd> modifier;
    private final String session = UUID.randomUUID().toString();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread cleanupOnExit;

    private DockerSandbox(DockerClient docker, String image, String imageId, Consumer<CreateContainerCmd> modifier) {
        this.docker = docker;
        this.image = image;
        this.imageId = imageId;
        this.modifier = modifier;
        this.cleanupOnExit = new Thread(this::removeSessionContainers, "amdahl-sandbox-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    }

    /**
     * Connects to Docker, removes containers that dead graders left behind, and makes sure the sandbox image
     * exists (building it if needed).
     */
    public static DockerSandbox start(SandboxImage sandboxImage) throws SandboxException {
        return start(sandboxImage, command -> { });
    }

    /**
     * As {@link #start(SandboxImage)}, with one escape hatch: {@code modifier} sees every container's create
     * command after the defaults are set (to pin CPUs for timing, say). What it loosens is loosened: it is
     * for code that knows why, never for the command line.
     */
    public static DockerSandbox start(SandboxImage sandboxImage, Consumer<CreateContainerCmd> modifier)
            throws SandboxException {
        DockerClient docker = DockerEngine.connect();
        try {
            reapStale(docker);
            String tag = sandboxImage.ensureBuilt(docker);
            return new DockerSandbox(docker, tag, docker.inspectImageCmd(tag).exec().getId(), modifier);
        } catch (SandboxException | RuntimeException e) {
            DockerEngine.closeQuietly(docker);
            throw e;
        }
    }

    /** The CPUs the Docker engine reports, which may be another machine's than this one. */
    @Override
    public int cpus() {
        try {
            Integer cpus = docker.infoCmd().exec().getNCPU();
            return cpus == null || cpus < 1 ? Sandbox.super.cpus() : cpus;
        } catch (RuntimeException e) {
            return Sandbox.super.cpus();
        }
    }

    /** One job per CPU of the engine: every container is a sandbox of its own, with its own limits. */
    @Override
    public int jobsAtOnce() {
        return cpus();
    }

    /** The image's tag and its id, e.g. {@code amdahl/sandbox:0e9ab3c5a9789a0d (sha256:…)}. */
    @Override
    public String describe() {
        return image + " (" + imageId + ")";
    }

    @Override
    public SandboxResult run(SandboxJob job) throws SandboxException, InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        EventSocket events = openEvents(job, stop);
        try {
            long created = System.nanoTime();
            String id = create(job, null, events);
            phase(job, "container-create", created);
            try {
                return runCreated(id, job, events, stop);
            } catch (DockerException | DockerClientException | IOException e) {
                throw new SandboxException("Docker failed while running " + job.name() + ": " + e.getMessage(), e);
            } finally {
                long removing = System.nanoTime();
                remove(id);
                phase(job, "container-remove", removing);
            }
        } finally {
            events.close();
        }
    }

    /** The runner's channel for {@code job}, whose end trips {@code stop}. */
    static EventSocket openEvents(SandboxJob job, CountDownLatch stop) throws SandboxException {
        try {
            return EventSocket.open(job.watcher(), job.limits().outputBytes(), stop::countDown);
        } catch (IOException e) {
            throw new SandboxException("Could not open the channel for " + job.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts {@code job} as a session (see {@link Sandbox#open}): its standard input stays open, and its
     * container runs on exactly the CPUs in {@code cpuset} with no CPU quota, which would throttle parallel code.
     */
    @Override
    public SandboxSession open(SandboxJob job, String cpuset) throws SandboxException {
        CountDownLatch ended = new CountDownLatch(1);
        EventSocket events = openEvents(job, ended);
        String id = null;
        try {
            id = create(job, cpuset, events);
            return DockerSession.start(docker, id, job, events, ended);
        } catch (DockerException | DockerClientException | IOException e) {
            cleanUp(id, events);
            throw new SandboxException("Docker failed while starting " + job.name() + ": " + e.getMessage(), e);
        } catch (SandboxException | RuntimeException e) {
            cleanUp(id, events);
            throw e;
        }
    }

    private void cleanUp(String id, EventSocket events) {
        if (id != null) {
            remove(id);
        }
        events.close();
    }

    private String create(SandboxJob job, String cpuset, EventSocket events)
            throws SandboxException {
        SandboxLimits limits = job.limits();
        Map<String, String> labels = new HashMap<>(job.labels());
        labels.put(LABEL, "true");
        labels.put(SESSION_LABEL, session);
        labels.put(HOST_LABEL, hostName());
        labels.put(PID_LABEL, Long.toString(ProcessHandle.current().pid()));
        HostConfig host = HostConfig.newHostConfig()
                .withNetworkMode("none")
                .withReadonlyRootfs(true)
                .withTmpFs(Map.of(
                        RunnerInvocation.TMP, "rw,nosuid,nodev,noexec,size=" + TMP_BYTES + ",mode=1777",
                        RunnerInvocation.BUILD, "rw,nosuid,nodev,noexec,size=" + BUILD_BYTES + ",mode=1777"))
                .withMemory(limits.memoryBytes())
                .withMemorySwap(limits.memoryBytes())
                .withPidsLimit(limits.processes())
                .withNanoCPUs(cpuset == null ? (long) (limits.cpus() * 1_000_000_000L) : 0L)
                .withUlimits(List.of(
                        new Ulimit("nofile", OPEN_FILES, OPEN_FILES),
                        new Ulimit("fsize", MAX_FILE_BYTES, MAX_FILE_BYTES),
                        new Ulimit("core", 0L, 0L)))
                .withCapDrop(Capability.ALL)
                .withSecurityOpts(List.of("no-new-privileges"))
                .withInit(true)
                .withIpcMode("private")
                .withPrivileged(false)
                .withAutoRemove(false) // its exit code and OOM state are read before it is removed
                // The runner's channel: read-only, so nothing in the sandbox can put a socket of its own there.
                .withBinds(new Bind(events.folder().toString(),
                        new Volume(Path.of(RunnerInvocation.EVENTS).getParent().toString()), AccessMode.ro));
        if (cpuset != null) {
            host.withCpusetCpus(cpuset);
        }
        try {
            CreateContainerCmd create = docker.createContainerCmd(image)
                    .withName("amdahl-" + job.name().replaceAll("[^a-zA-Z0-9_.-]", "-") + "-"
                            + UUID.randomUUID().toString().substring(0, 8))
                    .withCmd(job.command())
                    .withUser(USER_ID + ":" + USER_ID)
                    .withWorkingDir(RunnerInvocation.WORK)
                    .withVolumes(new Volume(RunnerInvocation.WORK))
                    .withEnv(List.of("LANG=C.UTF-8", "HOME=" + RunnerInvocation.TMP))
                    .withLabels(labels)
                    .withNetworkDisabled(true)
                    .withStopTimeout((int) STOP_GRACE.toSeconds())
                    .withHostConfig(host);
            modifier.accept(create);
            return create.exec().getId();
        } catch (DockerException | DockerClientException e) {
            throw new SandboxException("Could not create a sandbox container from " + image + ": " + e.getMessage(), e);
        }
    }

    private SandboxResult runCreated(String id, SandboxJob job, EventSocket events, CountDownLatch stop)
            throws IOException, InterruptedException {
        long copying = System.nanoTime();
        docker.copyArchiveToContainerCmd(id)
                .withRemotePath(RunnerInvocation.WORK)
                .withTarInputStream(new ByteArrayInputStream(StagedInput.tar(job.input())))
                .exec();
        phase(job, "copy-in", copying);
        long attaching = System.nanoTime();
        ContainerOutput output = docker.attachContainerCmd(id)
                .withStdOut(true).withStdErr(true).withFollowStream(true)
                .exec(new ContainerOutput(job.limits().outputBytes(), stop));
        long start = System.nanoTime();
        phase(job, "attach", attaching);
        docker.startContainerCmd(id).exec();
        phase(job, "container-start", start);
        // Only after start: the engine's "not running" includes "created", so an earlier wait returns at once.
        WaitContainerResultCallback exited = docker.waitContainerCmd(id).exec(new WaitContainerResultCallback() {
            @Override
            public void onComplete() {
                super.onComplete();
                stop.countDown();
            }

            @Override
            public void onError(Throwable throwable) {
                super.onError(throwable);
                stop.countDown();
            }
        });
        boolean stoppedInTime = stop.await(job.limits().wallClock().toMillis(), TimeUnit.MILLISECONDS);
        Duration wallTime = Duration.ofNanos(System.nanoTime() - start);
        long ending = System.nanoTime();
        boolean timedOut = !stoppedInTime;
        boolean overLimit = output.overLimit() || events.overLimit();
        if (timedOut || overLimit || job.watcher().done()) {
            // Done, over a limit, or out of time: nothing more is wanted from it. A run that is done gets a
            // moment to end by itself first.
            if (!timedOut && !overLimit) {
                await(exited, STOP_GRACE);
            }
            stopThenKill(docker, id);
        }
        await(exited, Duration.ofSeconds(30));
        await(output, Duration.ofSeconds(5));
        events.awaitEnd(Duration.ofSeconds(5));
        closeQuietly(exited);
        closeQuietly(output);
        overLimit = output.overLimit() || events.overLimit();
        InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(id).exec().getState();
        phase(job, "started-to-done", start, ending);
        phase(job, "done-to-exited", ending);
        boolean outOfMemory = Boolean.TRUE.equals(state.getOOMKilled());
        OptionalLong exitCode = timedOut || overLimit || state.getExitCodeLong() == null
                ? OptionalLong.empty()
                : OptionalLong.of(state.getExitCodeLong());
        return new SandboxResult(exitCode, timedOut, outOfMemory, overLimit, output.console(), wallTime);
    }

    static void phase(SandboxJob job, String step, long since) {
        phase(job, step, since, System.nanoTime());
    }

    static void phase(SandboxJob job, String step, long since, long until) {
        PHASES.log(System.Logger.Level.DEBUG, () -> String.format("phase %s %s %.1f ms", job.name(), step,
                (until - since) / 1e6));
    }

    static void stopThenKill(DockerClient docker, String id) {
        try {
            docker.stopContainerCmd(id).withTimeout((int) STOP_GRACE.toSeconds()).exec();
        } catch (NotFoundException | com.github.dockerjava.api.exception.NotModifiedException e) {
            return; // it ended meanwhile
        } catch (RuntimeException e) {
            // fall through to kill
        }
        try {
            docker.killContainerCmd(id).exec();
        } catch (RuntimeException e) {
            // not running any more
        }
    }

    static void await(ResultCallbackTemplate<?, ?> callback, Duration limit) throws InterruptedException {
        callback.awaitCompletion(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    static void closeQuietly(ResultCallbackTemplate<?, ?> callback) {
        try {
            callback.close();
        } catch (IOException | RuntimeException ignored) {
            // closing a finished stream
        }
    }

    void remove(String id) {
        removeContainer(docker, id);
    }

    static void removeContainer(DockerClient docker, String id) {
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException e) {
            // already gone
        } catch (RuntimeException e) {
            // the shutdown hook or the next start tries again, by label
        }
    }

    private void removeSessionContainers() {
        try {
            List<Container> left = docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(SESSION_LABEL, session)).exec();
            left.forEach(container -> remove(container.getId()));
        } catch (RuntimeException e) {
            // the engine is gone; nothing is left to remove from it
        }
    }

    /**
     * Removes sandbox containers whose grader is gone: started on this machine by a process that no longer
     * runs, or older than {@link #STALE_AFTER}. Graders running at the same time are left alone.
     */
    static int reapStale(DockerClient docker) {
        int removed = 0;
        String host = hostName();
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        for (Container container : docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(LABEL, "true")).exec()) {
            Map<String, String> labels = container.getLabels() == null ? Map.of() : container.getLabels();
            boolean orphan = host.equals(labels.get(HOST_LABEL)) && !alive(labels.get(PID_LABEL));
            boolean old = container.getCreated() != null
                    && Instant.ofEpochSecond(container.getCreated()).isBefore(staleBefore);
            if (orphan || old) {
                removeContainer(docker, container.getId());
                removed++;
            }
        }
        return removed;
    }

    private static boolean alive(String pid) {
        try {
            return pid != null && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String hostName() {
        try {
            return Files.readString(Path.of("/etc/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            String fromEnv = System.getenv("HOSTNAME");
            return fromEnv == null ? "unknown" : fromEnv;
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        removeSessionContainers();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and runs the hook itself
        }
        DockerEngine.closeQuietly(docker);
    }
}
