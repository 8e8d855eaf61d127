package dev.amdahl.runner;

import dev.amdahl.runner.protocol.EventChannel;
import dev.amdahl.runner.protocol.EventStreamReader;
import dev.amdahl.runner.protocol.RunnerEvent;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;

/** Runs the sandbox runner in this JVM, as its command line would, and reads back the events the grader would. */
final class InProcessRunner {

    private InProcessRunner() {
    }

    /** What a run ended with, and what it told the grader. */
    record Result(int exitCode, List<RunnerEvent> events) {
    }

    static List<RunnerEvent> events(String... args) throws Exception {
        return run(InputStream.nullInputStream(), args).events();
    }

    /** As {@link #events}, with {@code stdin} as the process's real standard input (the grader's timing commands). */
    static Result run(InputStream stdin, String... args) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int exitCode;
        try (EventChannel channel = EventChannel.open(stdout)) {
            exitCode = SandboxRunner.run(SandboxRunner.Options.parse(args), channel, stdin);
        }
        EventStreamReader reader = new EventStreamReader();
        reader.accept(stdout.toByteArray());
        return new Result(exitCode, reader.events());
    }
}
