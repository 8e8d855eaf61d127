package dev.amdahl.grader.testrun;

import dev.amdahl.grader.sandbox.OutputWatcher;
import dev.amdahl.runner.protocol.EventStreamReader;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.util.List;

/** Reads the runner's events from the sandbox's event channel; done when the runner has nothing more to say. */
public final class RunnerWatcher implements OutputWatcher {

    private final EventStreamReader reader = new EventStreamReader();

    @Override
    public synchronized void eventBytes(byte[] chunk) {
        reader.accept(chunk);
    }

    @Override
    public synchronized boolean done() {
        return reader.last().map(event -> event instanceof RunnerEvent.Finished
                || event instanceof RunnerEvent.CompileFailed
                || event instanceof RunnerEvent.Rejected
                || event instanceof RunnerEvent.RunnerFailed).orElse(false);
    }

    /** A copy of every event read so far, in the order the runner sent them. */
    public synchronized List<RunnerEvent> events() {
        return reader.events();
    }

    /** Whether the runner started at all (it announces itself before any submitted code is loaded). */
    public synchronized boolean connected() {
        return reader.connected();
    }
}
