package dev.amdahl.grader.testrun;

import dev.amdahl.grader.sandbox.OutputWatcher;
import dev.amdahl.runner.protocol.EventStreamReader;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.util.List;

/** Reads the runner's events from the sandbox's event channel; done when the runner has nothing more to say. */
public final class RunnerWatcher implements OutputWatcher {

    private static final System.Logger PHASES = System.getLogger("dev.amdahl.grader.phases");
    private final EventStreamReader reader = new EventStreamReader();
    private final long created = System.nanoTime();
    private int seen;

    @Override
    public synchronized void eventBytes(byte[] chunk) {
        boolean wasConnected = reader.connected();
        reader.accept(chunk);
        long now = System.nanoTime();
        if (!wasConnected && reader.connected()) {
            log("connected", now);
        }
        List<RunnerEvent> events = reader.events();
        for (RunnerEvent event : events.subList(seen, events.size())) {
            if (!(event instanceof RunnerEvent.TestFinished)) {
                log(event.getClass().getSimpleName(), now);
            }
        }
        seen = events.size();
    }

    private void log(String what, long now) {
        PHASES.log(System.Logger.Level.DEBUG, () -> String.format("event %s at %.1f ms", what, (now - created) / 1e6));
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
