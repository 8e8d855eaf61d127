package dev.amdahl.grader.sandbox;

import dev.amdahl.grader.runner.RunnerInvocation;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The grader's end of the runner's channel: a Unix socket in a folder of its own, which the sandbox shows the
 * runner at {@link RunnerInvocation#EVENTS}.
 *
 * <p>The runner connects before it loads any submitted class. This end accepts exactly that one connection and
 * then closes and removes the socket, so nothing that runs later in the sandbox (the code under test, or a
 * process it starts) can connect again. The connected socket cannot be reopened through {@code /proc/self/fd}
 * (the kernel refuses to open a socket that way), and no API the code under test may call writes to a descriptor
 * by number. So what arrives here is the runner's, and what is sent here (the timing lane's commands) reaches only
 * the runner.
 *
 * <p>What arrives goes to the job's {@link OutputWatcher} from one thread, counted against {@code limit}: a runner
 * that says more than that is stopped as if it had printed too much.
 */
final class EventSocket implements AutoCloseable {

    static final String NAME = "events.sock";

    private final Path folder;
    private final ServerSocketChannel server;
    private final OutputWatcher watcher;
    private final long limit;
    private final Runnable stop;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final List<String> pending = new ArrayList<>();
    private final Thread reader;
    private SocketChannel connection;
    private volatile boolean overLimit;
    private volatile boolean closed;

    private EventSocket(Path folder, ServerSocketChannel server, OutputWatcher watcher, long limit, Runnable stop) {
        this.folder = folder;
        this.server = server;
        this.watcher = watcher;
        this.limit = limit;
        this.stop = stop;
        this.reader = new Thread(this::serve, "amdahl-events");
        this.reader.setDaemon(true);
    }

    /**
     * Opens a socket in a new folder that {@code uid} (the sandbox's user) can reach but not change, and starts
     * waiting for the runner. {@code stop} is called when the watcher is done or the limit is passed.
     */
    static EventSocket open(OutputWatcher watcher, long limit, Runnable stop) throws IOException {
        Path folder = Files.createTempDirectory("amdahl-events-");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(folder.resolve(NAME)));
            // The sandbox's user must be able to connect (write to the socket) and reach it; nothing more.
            Files.setPosixFilePermissions(folder.resolve(NAME), PosixFilePermissions.fromString("rw-rw-rw-"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException | RuntimeException e) {
            server.close();
            deleteQuietly(folder.resolve(NAME));
            deleteQuietly(folder);
            throw e;
        }
        EventSocket socket = new EventSocket(folder, server, watcher, limit, stop);
        socket.reader.start();
        return socket;
    }

    /**
     * The folder that holds the socket: the sandbox shows it to the runner at {@link RunnerInvocation#EVENTS}'s
     * folder.
     */
    Path folder() {
        return folder;
    }

    private void serve() {
        try {
            SocketChannel accepted = server.accept();
            // The one connection: nobody may connect after it.
            server.close();
            deleteQuietly(folder.resolve(NAME));
            synchronized (this) {
                if (closed) {
                    accepted.close();
                    return;
                }
                connection = accepted;
                for (String line : pending) {
                    writeLine(line);
                }
                pending.clear();
            }
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            long total = 0;
            while (accepted.read(buffer) >= 0) {
                buffer.flip();
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                buffer.clear();
                total += chunk.length;
                if (total > limit) {
                    overLimit = true;
                    stop.run();
                    return;
                }
                watcher.eventBytes(chunk);
                if (watcher.done()) {
                    stop.run();
                }
            }
        } catch (IOException e) {
            // closed: the run is over, or the runner never came
        } finally {
            ended.countDown();
        }
    }

    /** Sends {@code line} to the runner; before it has connected, as soon as it does. */
    synchronized void send(String line) throws IOException {
        if (closed) {
            throw new IOException("the channel to the runner is closed");
        }
        if (connection == null) {
            pending.add(line);
        } else {
            writeLine(line);
        }
    }

    private void writeLine(String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            connection.write(bytes);
        }
    }

    /** Tells the runner that no more commands come (the end of its input); what it still sends is read. */
    synchronized void endCommands() {
        if (connection == null) {
            closed = true; // it never connected: nothing to tell
            return;
        }
        try {
            connection.shutdownOutput();
        } catch (IOException ignored) {
            // it has gone already
        }
    }

    /** Whether the runner said more than the limit allows. */
    boolean overLimit() {
        return overLimit;
    }

    /** Waits until the runner has closed its end (it ended) or {@code limit} has passed. */
    void awaitEnd(Duration limit) throws InterruptedException {
        ended.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        try {
            server.close();
        } catch (IOException ignored) {
            // closing
        }
        synchronized (this) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
        }
        deleteQuietly(folder.resolve(NAME));
        deleteQuietly(folder);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary folder; the next start's sweep is not needed for an empty one
        }
    }
}
