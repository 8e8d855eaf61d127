package dev.amdahl.runner.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grader's side of the {@link EventChannel}: takes what the runner sends in chunks as they come and keeps
 * the events after its header line. Anything else (lines before the header, garbled JSON, lines longer than
 * the limit) is dropped.
 * Not thread-safe: feed it from one thread.
 */
public final class EventStreamReader {

    /** No event is this long; longer lines are a flood and are dropped. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final List<RunnerEvent> events = new ArrayList<>();
    private boolean lineTooLong;
    private boolean connected;

    /** Takes the next bytes the runner sent; a chunk may end in the middle of a line, which waits for the rest. */
    public void accept(byte[] chunk) {
        for (byte b : chunk) {
            if (b == '\n') {
                if (!lineTooLong) {
                    take(line.toString(StandardCharsets.UTF_8));
                }
                line.reset();
                lineTooLong = false;
            } else if (!lineTooLong) {
                if (line.size() >= MAX_LINE_BYTES) {
                    lineTooLong = true;
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        }
    }

    private void take(String text) {
        if (!connected) {
            connected = text.equals(EventChannel.HEADER);
            return; // whatever comes before the header is not the runner's
        }
        EventCodec.decode(text).ifPresent(events::add);
    }

    /** The accepted events so far, in order. */
    public List<RunnerEvent> events() {
        return List.copyOf(events);
    }

    /** Whether the runner announced itself at all. */
    public boolean connected() {
        return connected;
    }

    /** The latest event kept; empty before the first. */
    public Optional<RunnerEvent> last() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }
}
