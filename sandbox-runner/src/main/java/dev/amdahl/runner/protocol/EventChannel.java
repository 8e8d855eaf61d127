package dev.amdahl.runner.protocol;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The runner's side of its channel to the grader: the process's standard output, held privately.
 *
 * <p>The first line announces a random nonce ({@code amdahl-runner <nonce>}); it is written before any
 * submitted code is loaded, so no submission can write first. Every event line then starts with the nonce.
 * Lines a submission writes to the same stream (it can, through {@code FileDescriptor.out}) lack the nonce
 * and are ignored by the grader. The nonce lives only in this object's memory: what could still reach it
 * (reflection, reading the process's own memory) is what the forbidden-API scan and the container bound.
 */
public final class EventChannel implements AutoCloseable {

    public static final String HEADER = "amdahl-runner ";

    private final PrintStream out;
    private final String nonce;

    private EventChannel(OutputStream stream, String nonce) {
        this.out = new PrintStream(stream, false, StandardCharsets.UTF_8);
        this.nonce = nonce;
        this.out.print(HEADER + nonce + "\n");
        this.out.flush();
    }

    /** Opens the channel on {@code stream} and announces a fresh nonce. */
    public static EventChannel open(OutputStream stream) {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return new EventChannel(stream, HexFormat.of().formatHex(random));
    }

    /** Writes one event and flushes it, so that it survives the container being killed right after. */
    public synchronized void write(RunnerEvent event) {
        out.print(nonce + " " + EventCodec.encode(event) + "\n");
        out.flush();
    }

    @Override
    public synchronized void close() {
        out.flush();
    }
}
