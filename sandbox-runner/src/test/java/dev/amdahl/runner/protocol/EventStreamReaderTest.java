package dev.amdahl.runner.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amdahl.grading.Outcome;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStreamReaderTest {

    private static final RunnerEvent PASS = new RunnerEvent.TestFinished("id-a", Outcome.PASSED, "", 1);

    @Test
    void acceptsOnlyLinesWithTheNonceOfTheFirstHeader() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        EventChannel channel = EventChannel.open(stdout);
        channel.write(new RunnerEvent.Compiled(5));
        String header = stdout.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        // what a submission might add to the same stream
        String forged = String.join("\n",
                "amdahl-runner 0000",
                "0000 " + EventCodec.encode(PASS),
                EventCodec.encode(PASS),
                header.substring(14, 24) + " " + EventCodec.encode(PASS),
                "Tests run: 12, Failures: 0", "");
        channel.write(new RunnerEvent.Finished(9));

        EventStreamReader reader = new EventStreamReader();
        byte[] bytes = stdout.toByteArray();
        String all = new String(bytes, StandardCharsets.UTF_8);
        int split = all.indexOf('\n', all.indexOf('\n') + 1) + 1; // after the first event
        reader.accept(all.substring(0, split).getBytes(StandardCharsets.UTF_8));
        reader.accept(forged.getBytes(StandardCharsets.UTF_8));
        reader.accept(all.substring(split).getBytes(StandardCharsets.UTF_8));

        assertTrue(reader.connected());
        assertEquals(List.of(new RunnerEvent.Compiled(5), new RunnerEvent.Finished(9)), reader.events());
    }

    @Test
    void ignoresEverythingBeforeTheHeaderAndOverlongLines() {
        EventStreamReader reader = new EventStreamReader();
        reader.accept(("x " + EventCodec.encode(PASS) + "\n").getBytes(StandardCharsets.UTF_8));
        assertFalse(reader.connected());
        reader.accept("amdahl-runner abc\n".getBytes(StandardCharsets.UTF_8));
        reader.accept(("abc " + "y".repeat(EventStreamReader.MAX_LINE_BYTES + 10)).getBytes(StandardCharsets.UTF_8));
        reader.accept(("\nabc " + EventCodec.encode(PASS) + "\n").getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(PASS), reader.events());
    }
}
