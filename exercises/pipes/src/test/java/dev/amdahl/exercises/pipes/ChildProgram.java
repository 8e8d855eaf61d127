package dev.amdahl.exercises.pipes;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The program the tests start: a small, predictable stand-in for command-line tools, written in Java so the
 * tests need nothing but Java where they can. Its arguments are actions, done in order:
 * {@code out TEXT}, {@code err TEXT}, {@code exit CODE}, {@code cat} (stdin to stdout), {@code upper} (stdin to
 * stdout, upper-cased), {@code lines SEED COUNT} ({@link Lines} to stdout), {@code flood SEED COUNT}
 * ({@link Lines} of SEED to stdout and of {@code ~SEED} to stderr, taking turns), {@code forever SEED PIDFILE}
 * (writes its pid to PIDFILE, then {@link Lines} of SEED to stdout until nobody reads them).
 */
public final class ChildProgram {

    /** What a program killed by SIGPIPE ends with in a shell (128 + 13); Java ignores the signal and gets an error. */
    static final int BROKEN_PIPE = 141;

    private ChildProgram() {
    }

    public static void main(String[] args) throws Exception {
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        OutputStream err = new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 16);
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "out" -> out.write(args[++i].getBytes(StandardCharsets.UTF_8));
                    case "err" -> err.write(args[++i].getBytes(StandardCharsets.UTF_8));
                    case "exit" -> {
                        out.flush();
                        err.flush();
                        System.exit(Integer.parseInt(args[++i]));
                    }
                    case "cat" -> System.in.transferTo(out);
                    case "upper" -> upper(out);
                    case "lines" -> lines(Long.parseLong(args[++i]), Long.parseLong(args[++i]), out);
                    case "flood" -> flood(Long.parseLong(args[++i]), Integer.parseInt(args[++i]), out, err);
                    case "forever" -> forever(Long.parseLong(args[++i]), Path.of(args[++i]), out);
                    default -> throw new IllegalArgumentException("unknown action " + args[i]);
                }
            }
            out.flush();
            err.flush();
        } catch (IOException brokenPipe) {
            // Nobody reads our output any more: end, as a tool killed by SIGPIPE would.
            System.exit(BROKEN_PIPE);
        }
    }

    private static void upper(OutputStream out) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            out.write((line.toUpperCase(Locale.ROOT) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void lines(long seed, long count, OutputStream out) throws IOException {
        byte[] block = new byte[1024 * Lines.LENGTH];
        for (long first = 0; first < count; first += 1024) {
            int n = (int) Math.min(1024, count - first);
            for (int i = 0; i < n; i++) {
                Lines.put(block, i * Lines.LENGTH, seed, first + i);
            }
            out.write(block, 0, n * Lines.LENGTH);
        }
    }

    /** 128 lines (8 KiB) to stdout, then 128 to stderr, and so on: far more than a pipe holds, on both. */
    private static void flood(long seed, int count, OutputStream out, OutputStream err) throws IOException {
        byte[] block = new byte[128 * Lines.LENGTH];
        for (int first = 0; first < count; first += 128) {
            int n = Math.min(128, count - first);
            for (int i = 0; i < n; i++) {
                Lines.put(block, i * Lines.LENGTH, seed, first + i);
            }
            out.write(block, 0, n * Lines.LENGTH);
            out.flush();
            for (int i = 0; i < n; i++) {
                Lines.put(block, i * Lines.LENGTH, ~seed, first + i);
            }
            err.write(block, 0, n * Lines.LENGTH);
            err.flush();
        }
    }

    private static void forever(long seed, Path pidFile, OutputStream out) throws IOException {
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        byte[] line = new byte[Lines.LENGTH];
        for (long i = 0; ; i++) {
            Lines.put(line, 0, seed, i);
            out.write(line);
            if (i % 64 == 0) {
                out.flush();
            }
        }
    }
}
