package dev.amdahl.runner;

import dev.amdahl.runner.protocol.EventChannel;
import dev.amdahl.runner.protocol.EventStreamReader;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Runs the sandbox runner in this JVM, as its command line would, and reads back the events the grader would. */
final class InProcessRunner {

    private InProcessRunner() {
    }

    static List<RunnerEvent> events(String... args) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        try (EventChannel channel = EventChannel.open(stdout)) {
            SandboxRunner.run(SandboxRunner.Options.parse(args), channel);
        }
        EventStreamReader reader = new EventStreamReader();
        reader.accept(stdout.toByteArray());
        return reader.events();
    }
}
