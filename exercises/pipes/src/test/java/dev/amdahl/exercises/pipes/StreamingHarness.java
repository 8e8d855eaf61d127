package dev.amdahl.exercises.pipes;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs one of {@link Streaming}'s methods in a JVM of its own, with little memory, over the stdout of a
 * child that prints more lines than that memory holds: {@code StreamingHarness METHOD SEED COUNT}, where
 * METHOD is {@code lastLine} or {@code countLines}. Prints {@code answer: } and the answer, or
 * {@value #OUT_OF_MEMORY}, or {@code failed: } and what went wrong.
 */
public final class StreamingHarness {

    static final String OUT_OF_MEMORY = "out of memory";

    private StreamingHarness() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Process writer = new ProcessBuilder(Child.command("lines", args[1], args[2]))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        writer.getOutputStream().close();
        int exitCode = 0;
        try (InputStream lines = writer.getInputStream()) {
            String answer = switch (args[0]) {
                case "lastLine" -> Streaming.lastLine(lines);
                case "countLines" -> Long.toString(Streaming.countLines(lines));
                default -> throw new IllegalArgumentException("unknown method " + args[0]);
            };
            out.println("answer: " + answer);
        } catch (Throwable failure) {
            if (outOfMemory(failure)) {
                out.println(OUT_OF_MEMORY);
                exitCode = 3;
            } else {
                out.println("failed: " + failure);
                exitCode = 2;
            }
        } finally {
            writer.destroyForcibly();
        }
        System.exit(exitCode);
    }

    private static boolean outOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
