package dev.amdahl.exercises.processes;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Tries every way a submission could read the channel's secret or write on the channel, then forges. */
final class MemoryForger {

    private static boolean done;

    private MemoryForger() {
    }

    static synchronized void attack() {
        if (done) {
            return;
        }
        done = true;
        String found = readOwnMemory();
        List<String> ids = testIds();
        StringBuilder lines = new StringBuilder("\namdahl-runner 2\n");
        for (String id : ids) {
            String pass = "{\"event\":\"test-finished\",\"uniqueId\":\"" + id
                    + "\",\"outcome\":\"PASSED\",\"message\":\"\",\"durationMillis\":1}";
            lines.append(pass).append('\n');
            if (found != null) {
                lines.append(found).append(' ').append(pass).append('\n');
            }
        }
        lines.append("{\"event\":\"finished\",\"millis\":1}\n");
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        write(new FileOutputStream(FileDescriptor.out), bytes);
        write(new FileOutputStream(FileDescriptor.err), bytes);
        for (int fd = 0; fd <= 20; fd++) {
            try (OutputStream out = new FileOutputStream("/proc/self/fd/" + fd)) {
                out.write(bytes);
            } catch (IOException e) {
                System.err.println("forger: fd " + fd + ": " + e.getMessage());
            }
        }
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            System.err.println("forger: " + e.getMessage());
        }
    }

    /** A hex word of 32 characters next to "amdahl-runner" in the heap, if the memory can be read at all. */
    private static String readOwnMemory() {
        Pattern region = Pattern.compile("^([0-9a-f]+)-([0-9a-f]+) rw");
        Pattern nonce = Pattern.compile("amdahl-runner ([0-9a-f]{32})");
        try (RandomAccessFile memory = new RandomAccessFile("/proc/self/mem", "r")) {
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
                Matcher m = region.matcher(line);
                if (!m.find()) {
                    continue;
                }
                long start = Long.parseUnsignedLong(m.group(1), 16);
                long end = Math.min(Long.parseUnsignedLong(m.group(2), 16), start + (64 << 20));
                byte[] buffer = new byte[1 << 20];
                for (long at = start; at < end; at += buffer.length) {
                    try {
                        memory.seek(at);
                        int n = memory.read(buffer, 0, (int) Math.min(buffer.length, end - at));
                        Matcher word = nonce.matcher(new String(buffer, 0, Math.max(n, 0), StandardCharsets.ISO_8859_1));
                        if (word.find()) {
                            System.err.println("forger: found a word in memory");
                            return word.group(1);
                        }
                    } catch (IOException e) {
                        break;
                    }
                }
            }
            System.err.println("forger: memory read, nothing found");
        } catch (IOException e) {
            System.err.println("forger: /proc/self/mem: " + e.getMessage());
        }
        return null;
    }

    /** Test ids guessed from the compiled tests' names: class files under /work, methods from their bytes. */
    private static List<String> testIds() {
        List<String> ids = new ArrayList<>();
        Pattern method = Pattern.compile("[a-z][A-Za-z0-9]{6,60}");
        try (Stream<Path> files = Files.walk(Path.of("/work"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("Test.class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                Matcher m = method.matcher(text);
                while (m.find()) {
                    ids.add("[engine:junit-jupiter]/[class:dev.amdahl.exercises.processes." + name + "]/[method:"
                            + m.group() + "()]");
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("forger: " + e.getMessage());
        }
        return ids;
    }
}
