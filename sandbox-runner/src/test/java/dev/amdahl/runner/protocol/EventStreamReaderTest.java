package dev.amdahl.runner.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStreamReaderTest {

    private static final RunnerEvent PASS = new RunnerEvent.TestFinished("id-a", Outcome.PASSED, "", 1);

    @TempDir
    Path temp;

    @Test
    void readsTheEventsAfterTheHeader() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        EventChannel channel = EventChannel.open(stream);
        channel.write(new RunnerEvent.Compiled(5));
        channel.write(new RunnerEvent.Finished(9));

        EventStreamReader reader = new EventStreamReader();
        byte[] bytes = stream.toByteArray();
        reader.accept(java.util.Arrays.copyOfRange(bytes, 0, 7)); // in pieces, as a socket delivers them
        reader.accept(java.util.Arrays.copyOfRange(bytes, 7, bytes.length));

        assertTrue(reader.connected());
        assertEquals(List.of(new RunnerEvent.Compiled(5), new RunnerEvent.Finished(9)), reader.events());
    }

    @Test
    void ignoresEverythingBeforeTheHeaderGarbleAndOverlongLines() {
        EventStreamReader reader = new EventStreamReader();
        reader.accept((EventCodec.encode(PASS) + "\n").getBytes(StandardCharsets.UTF_8));
        assertFalse(reader.connected());
        reader.accept((EventChannel.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        reader.accept(("y".repeat(EventStreamReader.MAX_LINE_BYTES + 10)).getBytes(StandardCharsets.UTF_8));
        reader.accept(("\nnot json\n" + EventCodec.encode(PASS) + "\n").getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(PASS), reader.events());
    }

    @Test
    void aConnectedChannelCarriesEventsOneWayAndCommandsTheOther() throws Exception {
        Path socket = temp.resolve("events.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            try (EventChannel channel = EventChannel.connect(socket); SocketChannel grader = server.accept()) {
                channel.write(PASS);
                Channels.newOutputStream(grader).write("quit\n".getBytes(StandardCharsets.UTF_8));
                grader.shutdownOutput();
                assertEquals("quit\n", new String(channel.commands().readAllBytes(), StandardCharsets.UTF_8));
                channel.close();
                EventStreamReader reader = new EventStreamReader();
                reader.accept(readAll(Channels.newInputStream(grader)));
                assertEquals(List.of(PASS), reader.events());
            }
        }
    }

    @Test
    void withoutTheGradersSocketTheRunnerCannotConnect() {
        Path missing = temp.resolve("gone.sock");
        assertFalse(Files.exists(missing));
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> EventChannel.connect(missing));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
