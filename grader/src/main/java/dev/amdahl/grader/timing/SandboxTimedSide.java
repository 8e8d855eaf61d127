package dev.amdahl.grader.timing;

import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.sandbox.SandboxResult;
import dev.amdahl.grader.sandbox.SandboxSession;
import dev.amdahl.runner.protocol.RunnerEvent;
import dev.amdahl.runner.protocol.TimingCommand;
import java.time.Duration;
import java.util.Optional;

/**
 * A side of the timing in its own sandbox session: the runner in {@code --timing} mode, asked over its event channel.
 * What goes wrong is the student's fault on the student's side and the grader's on the reference's.
 */
final class SandboxTimedSide implements TimedSide, AutoCloseable {

    /** How many times a side is asked to freeze before the failure counts. */
    static final int FREEZE_ATTEMPTS = 4;

    private final SandboxSession session;
    private final TimingWatcher events;
    private final boolean reference;
    private final Duration freezeBackoff;
    private Duration runLimit;

    SandboxTimedSide(SandboxSession session, TimingWatcher events, boolean reference, Duration runLimit) {
        this(session, events, reference, runLimit, Duration.ofMillis(250));
    }

    /** @param freezeBackoff the wait after the first failed freeze; doubled, tripled, … after the next ones */
    SandboxTimedSide(SandboxSession session, TimingWatcher events, boolean reference, Duration runLimit,
            Duration freezeBackoff) {
        this.session = session;
        this.events = events;
        this.reference = reference;
        this.runLimit = runLimit;
        this.freezeBackoff = freezeBackoff;
    }

    /** From now on a single run may take at most {@code limit}. */
    void limitRunsTo(Duration limit) {
        this.runLimit = limit;
    }

    /** Waits for the runner to compile and load the case; its answer says what it loaded. */
    RunnerEvent.TimingReady awaitReady(Duration limit) throws TimingException, InterruptedException {
        while (true) {
            RunnerEvent event = next(limit, "to compile and load");
            switch (event) {
                case RunnerEvent.TimingReady ready -> {
                    return ready;
                }
                case RunnerEvent.Compiled compiled -> {
                    // next: ready
                }
                case RunnerEvent.CompileFailed failed -> throw failure(TimingException.Cause.FAILED,
                        "it did not compile: " + failed.diagnostics());
                case RunnerEvent.Rejected rejected -> throw failure(TimingException.Cause.FAILED,
                        "it was rejected: " + String.join("; ", rejected.reasons()));
                default -> throw unexpected(event);
            }
        }
    }

    @Override
    public RunnerEvent.Timed run(String side, int size, long seed, int threads)
            throws TimingException, InterruptedException {
        send(new TimingCommand.Run(side, size, seed, threads));
        RunnerEvent event = next(runLimit, "for one run of " + side + " (" + threads + " threads)");
        return switch (event) {
            case RunnerEvent.Timed timed when timed.seed() == seed && timed.side().equals(side) -> timed;
            case RunnerEvent.TimingFailed failed -> throw failure(TimingException.Cause.FAILED,
                    "its " + side + " version failed on a timed input: " + failed.message());
            default -> throw unexpected(event);
        };
    }

    @Override
    public boolean check(int size, long seed, String expected, String actual)
            throws TimingException, InterruptedException {
        send(new TimingCommand.Check(size, seed, expected, actual));
        RunnerEvent event = next(runLimit, "to check an answer");
        if (event instanceof RunnerEvent.Checked checked && checked.seed() == seed) {
            return checked.matches();
        }
        throw unexpected(event);
    }

    /**
     * Freezes this side, trying again a few times: the cgroup freezer gives up on processes that keep running
     * (runc: "unable to freeze"). A side is only frozen once its call has returned, so a student's side that still
     * cannot be frozen keeps work running after its call, and would share the cores with the reference's timing: the
     * student's to fix (issue 20), never "not your fault". The reference's side failing is the grader's.
     */
    @Override
    public void pause() throws TimingException, InterruptedException {
        SandboxException last = null;
        for (int attempt = 1; attempt <= FREEZE_ATTEMPTS; attempt++) {
            try {
                session.freeze();
                return;
            } catch (SandboxException e) {
                last = e;
                if (!session.running()) {
                    return; // an ended side uses no CPU; its next run says how it ended
                }
                if (attempt < FREEZE_ATTEMPTS) {
                    Thread.sleep(freezeBackoff.toMillis() * attempt);
                }
            }
        }
        if (reference) {
            throw new TimingException(TimingException.Cause.INTERNAL, last.getMessage());
        }
        throw new TimingException(TimingException.Cause.FAILED, "Your version could not be timed: after its call"
                + " returned, it kept the CPUs busy, so the grader could not pause it while the reference ran ("
                + FREEZE_ATTEMPTS + " tries). Each version is timed alone, on cores no other work uses. Let every"
                + " thread you start finish its work before your method returns (close or shut down the pool), and"
                + " start nothing that outlives the call.");
    }

    @Override
    public void resume() throws TimingException {
        try {
            session.thaw();
        } catch (SandboxException e) {
            if (!session.running()) {
                return; // it ended while frozen: its next run says how
            }
            throw new TimingException(TimingException.Cause.INTERNAL, e.getMessage());
        }
    }

    private void send(TimingCommand command) throws TimingException {
        try {
            session.send(TimingCommand.encode(command));
        } catch (SandboxException e) {
            throw failure(TimingException.Cause.FAILED, "it stopped answering: " + ended());
        }
    }

    private RunnerEvent next(Duration limit, String what) throws TimingException, InterruptedException {
        Optional<RunnerEvent> event = events.next(limit);
        if (event.isPresent()) {
            if (event.get() instanceof RunnerEvent.RunnerFailed failed) {
                throw new TimingException(TimingException.Cause.INTERNAL, "The timing runner broke: "
                        + failed.message());
            }
            return event.get();
        }
        if (session.running()) {
            throw failure(TimingException.Cause.TOO_SLOW, "it took longer than " + limit.toSeconds() + " s " + what);
        }
        throw failure(TimingException.Cause.FAILED, "it ended while the grader waited " + what + ": " + ended());
    }

    private String ended() {
        SandboxResult result = session.finish();
        if (result.outOfMemory()) {
            return "it ran out of memory";
        }
        if (result.outputLimit()) {
            return "it printed more than the output limit";
        }
        if (result.timedOut()) {
            return "the timing ran out of time";
        }
        return result.exitCode().isPresent() ? "its JVM exited with code " + result.exitCode().getAsLong()
                : "its JVM was stopped";
    }

    private TimingException failure(TimingException.Cause cause, String message) {
        if (reference) {
            return new TimingException(TimingException.Cause.INTERNAL, "The reference solution could not be timed: "
                    + message);
        }
        return new TimingException(cause, "Your version could not be timed: " + message);
    }

    private TimingException unexpected(RunnerEvent event) {
        return new TimingException(TimingException.Cause.INTERNAL, "The timing runner of the "
                + (reference ? "reference" : "submission") + " answered out of turn ("
                + event.getClass().getSimpleName() + ").");
    }

    @Override
    public void close() {
        session.finish();
    }
}
