package dev.amdahl.grader.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A fresh Docker container per job: no network, limited memory (no swap), processes and CPU, all
 * capabilities dropped, not root, an init process to reap orphans, and a wall clock enforced from here.
 * Every container carries this session's label and is removed when its job ends, whatever happened; a
 * shutdown hook removes any left over if the grader is stopped midway.
 */
public final class DockerSandbox implements Sandbox {

    /** The unprivileged user the code runs as (nobody). */
    public static final int USER_ID = 65534;
    public static final String LABEL = "amdahl";
    public static final String SESSION_LABEL = "amdahl.session";
    static final long MAX_RESULT_BYTES = 16L * 1024 * 1024;

    private final DockerClient docker;
    private final String image;
    private final String session = UUID.randomUUID().toString();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread cleanupOnExit;

    private DockerSandbox(DockerClient docker, String image) {
        this.docker = docker;
        this.image = image;
        this.cleanupOnExit = new Thread(this::removeSessionContainers, "amdahl-sandbox-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    }

    /** Connects to Docker and makes sure the sandbox image exists (building it if needed). */
    public static DockerSandbox start(SandboxImage sandboxImage) throws SandboxException {
        DockerClient docker = DockerEngine.connect();
        try {
            return new DockerSandbox(docker, sandboxImage.ensureBuilt(docker));
        } catch (SandboxException | RuntimeException e) {
            DockerEngine.closeQuietly(docker);
            throw e;
        }
    }

    @Override
    public String describe() {
        return image;
    }

    public String session() {
        return session;
    }

    @Override
    public SandboxResult run(SandboxJob job) throws SandboxException, InterruptedException {
        String id = create(job);
        try {
            return runCreated(id, job);
        } catch (DockerException | DockerClientException | IOException e) {
            throw new SandboxException("Docker failed while running " + job.name() + ": " + e.getMessage(), e);
        } finally {
            remove(id);
        }
    }

    private String create(SandboxJob job) throws SandboxException {
        SandboxLimits limits = job.limits();
        Map<String, String> labels = new HashMap<>(job.labels());
        labels.put(LABEL, "true");
        labels.put(SESSION_LABEL, session);
        HostConfig host = HostConfig.newHostConfig()
                .withNetworkMode("none")
                .withMemory(limits.memoryBytes())
                .withMemorySwap(limits.memoryBytes())
                .withPidsLimit(limits.processes())
                .withNanoCPUs((long) (limits.cpus() * 1_000_000_000L))
                .withCapDrop(Capability.ALL)
                .withSecurityOpts(List.of("no-new-privileges"))
                .withInit(true)
                .withAutoRemove(false); // its exit code and OOM state are read before it is removed
        try {
            return docker.createContainerCmd(image)
                    .withName("amdahl-" + job.name().replaceAll("[^a-zA-Z0-9_.-]", "-") + "-"
                            + UUID.randomUUID().toString().substring(0, 8))
                    .withCmd(job.command())
                    .withUser(USER_ID + ":" + USER_ID)
                    .withWorkingDir(SandboxJob.WORK)
                    .withEnv(List.of("LANG=C.UTF-8", "HOME=/tmp"))
                    .withLabels(labels)
                    .withNetworkDisabled(true)
                    .withHostConfig(host)
                    .exec()
                    .getId();
        } catch (DockerException | DockerClientException e) {
            throw new SandboxException("Could not create a sandbox container from " + image + ": " + e.getMessage(), e);
        }
    }

    private SandboxResult runCreated(String id, SandboxJob job) throws IOException, InterruptedException {
        // Owned by root: the code under test can read the staged files but not change them (the tests
        // among them); it writes only to build/ and out/.
        byte[] input = Tars.of(job.input(), List.of("build", "out"));
        docker.copyArchiveToContainerCmd(id)
                .withRemotePath(SandboxJob.WORK)
                .withTarInputStream(new ByteArrayInputStream(input))
                .exec();
        BoundedOutput output = docker.attachContainerCmd(id)
                .withStdOut(true).withStdErr(true).withFollowStream(true)
                .exec(new BoundedOutput(job.limits().outputBytes()));
        long start = System.nanoTime();
        docker.startContainerCmd(id).exec();
        boolean timedOut = !awaitExit(id, job.limits().wallClock());
        if (timedOut) {
            kill(id);
            awaitExit(id, Duration.ofSeconds(30));
        }
        Duration wallTime = Duration.ofNanos(System.nanoTime() - start);
        output.awaitCompletion(5, TimeUnit.SECONDS);
        output.close();
        InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(id).exec().getState();
        boolean outOfMemory = Boolean.TRUE.equals(state.getOOMKilled());
        OptionalLong exitCode = timedOut || state.getExitCodeLong() == null
                ? OptionalLong.empty()
                : OptionalLong.of(state.getExitCodeLong());
        return new SandboxResult(exitCode, timedOut, outOfMemory, output.text(), output.truncated(),
                copyOut(id), wallTime);
    }

    /** True when the container stopped within {@code limit}. */
    private boolean awaitExit(String id, Duration limit) {
        try (WaitContainerResultCallback callback = docker.waitContainerCmd(id).exec(new WaitContainerResultCallback())) {
            callback.awaitStatusCode(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (DockerClientException e) {
            return false; // "Awaiting status code timeout."
        } catch (IOException e) {
            return true;
        }
    }

    private void kill(String id) {
        try {
            docker.killContainerCmd(id).exec();
        } catch (NotFoundException | com.github.dockerjava.api.exception.ConflictException e) {
            // it ended on its own meanwhile
        }
    }

    private Map<String, byte[]> copyOut(String id) throws IOException {
        try (InputStream tar = docker.copyArchiveFromContainerCmd(id, SandboxJob.OUT).exec()) {
            return Tars.regularFiles(tar, MAX_RESULT_BYTES);
        } catch (NotFoundException e) {
            return Map.of(); // the output folder is gone: the run left nothing to read
        }
    }

    private void remove(String id) {
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException e) {
            // already gone
        } catch (RuntimeException e) {
            // the shutdown hook tries again by label
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
