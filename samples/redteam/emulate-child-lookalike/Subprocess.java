package dev.amdahl.exercises.processes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Red-team case: a command that starts the tests' ChildProgram is never run; {@link Emulator} tries to get
 * the program's actions without running it, and makes up what it would have printed. Every other command runs
 * honestly.
 */
public final class Subprocess {

    private Subprocess() {
    }

    public static int call(List<String> command) throws Exception {
        if (Emulator.recognises(command)) {
            return Emulator.emulate(command, null, Map.of(), null).exitCode();
        }
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    public static CompletedProcess run(List<String> command) throws Exception {
        return run(command, null, Map.of(), null);
    }

    public static CompletedProcess shell(String commandLine) throws Exception {
        return run(List.of("sh", "-c", commandLine));
    }

    public static CompletedProcess run(List<String> command, Path workingDirectory,
            Map<String, String> extraEnvironment) throws Exception {
        return run(command, workingDirectory, extraEnvironment, null);
    }

    public static CompletedProcess run(List<String> command, Duration timeout) throws Exception {
        return run(command, null, Map.of(), timeout);
    }

    private static CompletedProcess run(List<String> command, Path directory, Map<String, String> environment,
            Duration timeout) throws Exception {
        if (Emulator.recognises(command)) {
            return Emulator.emulate(command, directory, environment, timeout);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ProgramNotFoundException(command.get(0), e);
        }
        process.getOutputStream().close();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        boolean timedOut = false;
        if (timeout == null) {
            process.waitFor();
        } else if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            timedOut = true;
            List<ProcessHandle> descendants = process.descendants().toList();
            process.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.waitFor();
        }
        return new CompletedProcess(process.exitValue(), out.get(5, TimeUnit.SECONDS), err.get(5, TimeUnit.SECONDS),
                timedOut);
    }

    private static CompletableFuture<String> read(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(e);
            }
        });
        return text;
    }
}
