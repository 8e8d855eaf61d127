package dev.amdahl.grader.sandbox;

import dev.amdahl.grader.runner.RunnerInvocation;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A started container whose runner keeps taking commands on its channel ({@link EventSocket}). The job's wall
 * clock bounds its whole life: at the deadline it is killed, whatever it is doing, and {@link #finish} reports it
 * as timed out.
 */
final class DockerSession implements SandboxSession {

    private final DockerClient docker;
    private final String id;
    private final SandboxJob job;
    private final EventSocket events;
    private final ContainerOutput output;
    private final WaitContainerResultCallback exited;
    private final CountDownLatch ended;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService deadline;
    private volatile boolean timedOut;
    private boolean frozen;
    private SandboxResult result;

    private DockerSession(DockerClient docker, String id, SandboxJob job, EventSocket events, ContainerOutput output,
            WaitContainerResultCallback exited, CountDownLatch ended) {
        this.docker = docker;
        this.id = id;
        this.job = job;
        this.events = events;
        this.output = output;
        this.exited = exited;
        this.ended = ended;
        this.deadline = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "amdahl-session-deadline");
            thread.setDaemon(true);
            return thread;
        });
        deadline.schedule(this::expire, job.limits().wallClock().toMillis(), TimeUnit.MILLISECONDS);
    }

    static DockerSession start(DockerClient docker, String id, SandboxJob job, EventSocket events,
            CountDownLatch ended) throws IOException {
        docker.copyArchiveToContainerCmd(id)
                .withRemotePath(RunnerInvocation.WORK)
                .withTarInputStream(new ByteArrayInputStream(StagedInput.tar(job.input())))
                .exec();
        ContainerOutput output = docker.attachContainerCmd(id)
                .withStdOut(true).withStdErr(true).withFollowStream(true)
                .exec(new ContainerOutput(job.limits().outputBytes(), ended));
        docker.startContainerCmd(id).exec();
        WaitContainerResultCallback exited = docker.waitContainerCmd(id).exec(new WaitContainerResultCallback() {
            @Override
            public void onComplete() {
                super.onComplete();
                ended.countDown();
            }

            @Override
            public void onError(Throwable throwable) {
                super.onError(throwable);
                ended.countDown();
            }
        });
        return new DockerSession(docker, id, job, events, output, exited, ended);
    }

    private void expire() {
        timedOut = true;
        DockerSandbox.stopThenKill(docker, id);
    }

    @Override
    public synchronized void send(String line) throws SandboxException {
        if (result != null || !running()) {
            throw new SandboxException("The sandbox of " + job.name() + " is no longer running.", null);
        }
        try {
            events.send(line);
        } catch (IOException e) {
            throw new SandboxException("The sandbox of " + job.name() + " no longer listens: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void freeze() throws SandboxException {
        try {
            docker.pauseContainerCmd(id).exec();
            frozen = true;
        } catch (DockerException | DockerClientException e) {
            throw new SandboxException("Could not freeze the sandbox of " + job.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void thaw() throws SandboxException {
        try {
            docker.unpauseContainerCmd(id).exec();
            frozen = false;
        } catch (DockerException | DockerClientException e) {
            throw new SandboxException("Could not thaw the sandbox of " + job.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean running() {
        return ended.getCount() > 0 && !output.overLimit() && !events.overLimit() && !timedOut;
    }

    @Override
    public synchronized SandboxResult finish() {
        if (result != null) {
            return result;
        }
        deadline.shutdownNow();
        Duration wallTime = Duration.ofNanos(System.nanoTime() - start);
        boolean overLimit = output.overLimit() || events.overLimit();
        try {
            if (frozen) {
                thaw();
            }
            events.endCommands(); // the runner reads the end of its commands, and ends
            if (!timedOut && !overLimit) {
                DockerSandbox.await(exited, DockerSandbox.STOP_GRACE);
            }
            DockerSandbox.stopThenKill(docker, id);
            DockerSandbox.await(exited, Duration.ofSeconds(30));
            DockerSandbox.await(output, Duration.ofSeconds(5));
            InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(id).exec().getState();
            boolean outOfMemory = Boolean.TRUE.equals(state.getOOMKilled());
            OptionalLong exitCode = timedOut || overLimit || state.getExitCodeLong() == null ? OptionalLong.empty()
                    : OptionalLong.of(state.getExitCodeLong());
            result = new SandboxResult(exitCode, timedOut, outOfMemory, overLimit, output.console(), wallTime);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = new SandboxResult(OptionalLong.empty(), timedOut, false, overLimit, output.console(), wallTime);
        } catch (SandboxException | DockerException | DockerClientException e) {
            result = new SandboxResult(OptionalLong.empty(), timedOut, false, overLimit, output.console(), wallTime);
        } finally {
            DockerSandbox.closeQuietly(exited);
            DockerSandbox.closeQuietly(output);
            DockerSandbox.removeContainer(docker, id);
            events.close();
        }
        return result;
    }
}
