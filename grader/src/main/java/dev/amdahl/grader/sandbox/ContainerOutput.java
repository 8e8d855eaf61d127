package dev.amdahl.grader.sandbox;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * A container's console as it arrives: standard output and standard error kept together (their beginning and
 * their end), all of it counted against the output limit. Trips {@link #stop} when the limit is passed, so the
 * grader can act at once. The runner's results do not come this way but on its own channel ({@link EventSocket}):
 * whatever the code under test prints here is only ever shown, never believed.
 */
final class ContainerOutput extends ResultCallback.Adapter<Frame> {

    static final int KEPT_HEAD = 64 * 1024;
    static final int KEPT_TAIL = 64 * 1024;

    private final long limit;
    private final CountDownLatch stop;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final byte[] tail = new byte[KEPT_TAIL];
    private long tailWritten;
    private long stderrBytes;
    private long total;
    private boolean overLimit;

    ContainerOutput(long limit, CountDownLatch stop) {
        this.limit = limit;
        this.stop = stop;
    }

    @Override
    public synchronized void onNext(Frame frame) {
        byte[] payload = frame.getPayload();
        if (payload == null || overLimit) {
            return;
        }
        total += payload.length;
        if (total > limit) {
            overLimit = true;
            stop.countDown();
            return;
        }
        keep(payload);
    }

    private void keep(byte[] payload) {
        for (byte b : payload) {
            if (head.size() < KEPT_HEAD) {
                head.write(b);
            } else {
                tail[(int) (tailWritten++ % KEPT_TAIL)] = b;
            }
        }
        stderrBytes += payload.length;
    }

    synchronized boolean overLimit() {
        return overLimit;
    }

    /** The console as text; the middle of a long one is left out. Invalid UTF-8 becomes U+FFFD. */
    synchronized String console() {
        String text = head.toString(StandardCharsets.UTF_8);
        if (tailWritten == 0) {
            return text;
        }
        int kept = (int) Math.min(tailWritten, KEPT_TAIL);
        byte[] end = new byte[kept];
        for (int i = 0; i < kept; i++) {
            end[i] = tail[(int) ((tailWritten - kept + i) % KEPT_TAIL)];
        }
        long skipped = stderrBytes - KEPT_HEAD - kept;
        return text + (skipped > 0 ? "\n[… " + skipped + " bytes left out …]\n" : "")
                + new String(end, StandardCharsets.UTF_8);
    }
}
