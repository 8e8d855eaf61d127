package dev.amdahl.exercises.processes;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.*;

// works, but nobody wants to read it
public final class Subprocess {
    private Subprocess() {}

    public static int call(List<String> command) throws Exception {
        Process P = new ProcessBuilder(command).inheritIO().start(); return P.waitFor();
    }

    public static CompletedProcess run(List<String> command) throws Exception { return Do_It(new ProcessBuilder(command), null); }

    public static CompletedProcess run(List<String> command, Path workingDirectory, Map<String, String> extraEnvironment) throws Exception {
        ProcessBuilder PB = new ProcessBuilder(command);
        PB.directory(workingDirectory.toFile()); PB.environment().putAll(extraEnvironment);
        return Do_It(PB, null);
    }

    public static CompletedProcess shell(String Line) throws Exception { return run(List.of("sh", "-c", Line)); }

    public static CompletedProcess run(List<String> command, Duration timeout) throws Exception {
        return Do_It(new ProcessBuilder(command), timeout);
    }

    static CompletedProcess Do_It(ProcessBuilder PB, Duration T) throws Exception {
        Process P;
        try { P = PB.start(); } catch (IOException E) { throw new ProgramNotFoundException(PB.command().get(0), E); }
        P.getOutputStream().close();
        ExecutorService Readers = Executors.newFixedThreadPool(2);
        try {
            Future<byte[]> Out_Bytes = Readers.submit(P.getInputStream()::readAllBytes);
            Future<byte[]> Err_Bytes = Readers.submit(P.getErrorStream()::readAllBytes);
            boolean TIMED_OUT = false;
            if (T == null) P.waitFor();
            else if (!P.waitFor(T.toMillis(), TimeUnit.MILLISECONDS)) {
                TIMED_OUT = true;
                List<ProcessHandle> Kids = P.descendants().toList();
                P.destroyForcibly(); for (ProcessHandle K : Kids) K.destroyForcibly();
                P.waitFor();
            }
            return new CompletedProcess(P.exitValue(), new String(Grab(Out_Bytes), StandardCharsets.UTF_8), new String(Grab(Err_Bytes), StandardCharsets.UTF_8), TIMED_OUT);
        } finally {
            Readers.shutdownNow();
        }
    }

    static byte[] Grab(Future<byte[]> F) throws Exception {
        try { return F.get(5, TimeUnit.SECONDS); } catch (TimeoutException E) { return new byte[0]; }
    }
}
