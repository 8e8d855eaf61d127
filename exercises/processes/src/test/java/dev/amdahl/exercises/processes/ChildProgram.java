package dev.amdahl.exercises.processes;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The program the tests start: a small, predictable stand-in for a real command-line tool, written in
 * Java so the tests run wherever Java does. Its arguments are actions, done in order:
 * {@code out TEXT}, {@code err TEXT}, {@code exit CODE}, {@code flood BYTES}, {@code pwd}, {@code env NAME},
 * {@code sleep MILLIS}, {@code spawn-sleeper}.
 */
public final class ChildProgram {

    private ChildProgram() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "out" -> out.print(args[++i]);
                case "err" -> err.print(args[++i]);
                case "exit" -> System.exit(Integer.parseInt(args[++i]));
                case "flood" -> flood(Integer.parseInt(args[++i]), out, err);
                case "pwd" -> out.print(System.getProperty("user.dir"));
                case "env" -> out.print(String.valueOf(System.getenv(args[++i])));
                case "sleep" -> Thread.sleep(Long.parseLong(args[++i]));
                case "spawn-sleeper" -> out.print(spawnSleeper() + "\n");
                default -> throw new IllegalArgumentException("unknown action " + args[i]);
            }
        }
        out.flush();
        err.flush();
    }

    /** Writes {@code bytes} to stdout and to stderr, in turns: more than a pipe holds. */
    private static void flood(int bytes, OutputStream out, OutputStream err) throws Exception {
        byte[] o = "o".repeat(8192).getBytes(StandardCharsets.US_ASCII);
        byte[] e = "e".repeat(8192).getBytes(StandardCharsets.US_ASCII);
        for (int written = 0; written < bytes; written += 8192) {
            int n = Math.min(8192, bytes - written);
            out.write(o, 0, n);
            err.write(e, 0, n);
        }
    }

    /** Starts a grandchild that sleeps for ten minutes and returns its pid. */
    private static long spawnSleeper() throws Exception {
        List<String> command = Child.command("sleep", "600000");
        Process sleeper = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return sleeper.pid();
    }
}
