package dev.amdahl.runner.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The runner's side of its channel to the grader.
 *
 * <p>In a sandbox the channel is a Unix socket that the runner connects to ({@link #connect}) before any submitted
 * class is loaded. The grader accepts exactly one connection on it and then removes the socket, so nothing that
 * runs later in the sandbox can connect again; a connected socket cannot be reopened through
 * {@code /proc/self/fd} either, and no API that submitted code may call writes to a descriptor by number. So the
 * channel carries no secret: what keeps submitted code off it is that it cannot reach it, not that it cannot
 * guess a word. Standard output is then an ordinary console, like standard error.
 *
 * <p>The first line announces the protocol ({@value #HEADER}); every line after it is one event.
 */
public final class EventChannel implements AutoCloseable {

    public static final String HEADER = "amdahl-runner 2";

    private final PrintStream out;
    private final InputStream in;
    private final AutoCloseable resource;

    private EventChannel(OutputStream stream, InputStream in, AutoCloseable resource) {
        this.out = new PrintStream(stream, false, StandardCharsets.UTF_8);
        this.in = in;
        this.resource = resource;
        this.out.print(HEADER + "\n");
        this.out.flush();
    }

    /** A channel on {@code stream} (tests, and runs outside a sandbox); its commands are empty. */
    public static EventChannel open(OutputStream stream) {
        return new EventChannel(stream, InputStream.nullInputStream(), null);
    }

    /**
     * Connects to the grader's socket at {@code socket}. Its other direction carries the grader's commands
     * ({@link #commands}).
     */
    public static EventChannel connect(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new EventChannel(Channels.newOutputStream(channel), Channels.newInputStream(channel), channel);
    }

    /** What the grader sends: its commands for a timing run, one per line. */
    public InputStream commands() {
        return in;
    }

    /** Writes one event and flushes it, so that it survives the sandbox being killed right after. */
    public synchronized void write(RunnerEvent event) {
        out.print(EventCodec.encode(event) + "\n");
        out.flush();
    }

    @Override
    public synchronized void close() {
        out.flush();
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // the grader has gone; the exit code says the rest
            }
        }
    }
}
