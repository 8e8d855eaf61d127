package dev.amdahl.grader.timing;

import dev.amdahl.grader.sandbox.OutputWatcher;
import dev.amdahl.runner.protocol.EventStreamReader;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Hands a timing runner's stamped events, one at a time, to whoever waits for them. */
final class TimingWatcher implements OutputWatcher {

    private final EventStreamReader reader = new EventStreamReader();
    private final LinkedBlockingQueue<RunnerEvent> events = new LinkedBlockingQueue<>();
    private int taken;
    private volatile boolean done;

    @Override
    public synchronized void eventBytes(byte[] chunk) {
        reader.accept(chunk);
        var all = reader.events();
        for (; taken < all.size(); taken++) {
            RunnerEvent event = all.get(taken);
            events.add(event);
            if (event instanceof RunnerEvent.Finished || event instanceof RunnerEvent.CompileFailed
                    || event instanceof RunnerEvent.Rejected || event instanceof RunnerEvent.RunnerFailed) {
                done = true;
            }
        }
    }

    @Override
    public boolean done() {
        return done;
    }

    /** The next event, or empty when none came within {@code limit}. */
    Optional<RunnerEvent> next(Duration limit) throws InterruptedException {
        return Optional.ofNullable(events.poll(limit.toMillis(), TimeUnit.MILLISECONDS));
    }
}
