package dev.amdahl.grader.sandbox;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * A container's output as it arrives: standard output to the job's watcher, standard error kept (its
 * beginning and its end), all of it counted against the output limit. Trips {@link #stop} when the limit is
 * passed or the watcher is done, so the grader can act at once.
 */
final class ContainerOutput extends ResultCallback.Adapter<Frame> {

    static final int KEPT_HEAD = 64 * 1024;
    static final int KEPT_TAIL = 64 * 1024;

    private final OutputWatcher watcher;
    private final long limit;
    private final CountDownLatch stop;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final byte[] tail = new byte[KEPT_TAIL];
    private long tailWritten;
    private long stderrBytes;
    private long total;
    private boolean overLimit;

    ContainerOutput(OutputWatcher watcher, long limit, CountDownLatch stop) {
        this.watcher = watcher;
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
        if (frame.getStreamType() == StreamType.STDOUT || frame.getStreamType() == StreamType.RAW) {
            watcher.stdout(payload);
            if (watcher.done()) {
                stop.countDown();
            }
        } else {
            keep(payload);
        }
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

    /** Standard error as text; the middle of a long one is left out. Invalid UTF-8 becomes U+FFFD. */
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
