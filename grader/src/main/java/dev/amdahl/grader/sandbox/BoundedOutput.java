package dev.amdahl.grader.sandbox;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Keeps the first {@code limit} bytes of a container's console output and counts the rest. */
final class BoundedOutput extends ResultCallback.Adapter<Frame> {

    private final long limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long seen;

    BoundedOutput(long limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void onNext(Frame frame) {
        byte[] payload = frame.getPayload();
        if (payload == null) {
            return;
        }
        long room = limit - kept.size();
        if (room > 0) {
            kept.write(payload, 0, (int) Math.min(room, payload.length));
        }
        seen += payload.length;
    }

    synchronized boolean truncated() {
        return seen > limit;
    }

    /** As text; invalid UTF-8 becomes U+FFFD rather than an error. */
    synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }
}
