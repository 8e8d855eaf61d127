package dev.amdahl.runner;

import dev.amdahl.runner.protocol.EventCodec;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends events and flushes each one, so whatever was written survives the container being killed. */
final class EventLog implements AutoCloseable {

    private final Writer writer;

    EventLog(Path file) throws IOException {
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    synchronized void write(RunnerEvent event) {
        try {
            writer.write(EventCodec.encode(event));
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}
