package dev.amdahl.exercises.pipes;

import java.nio.charset.StandardCharsets;

/**
 * The text the child programs print, made from a seed so that a test can work out the same text itself:
 * line {@code i} is {@code "line "}, {@code i} in ten digits, a space, 47 hexadecimal digits drawn from the
 * seed and {@code i}, and a line break, 64 bytes in all.
 */
final class Lines {

    static final int LENGTH = 64;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private Lines() {
    }

    /** Writes line {@code index} into {@code buffer} at {@code offset}: {@value #LENGTH} bytes. */
    static void put(byte[] buffer, int offset, long seed, long index) {
        buffer[offset] = 'l';
        buffer[offset + 1] = 'i';
        buffer[offset + 2] = 'n';
        buffer[offset + 3] = 'e';
        buffer[offset + 4] = ' ';
        long rest = index;
        for (int digit = 14; digit >= 5; digit--) {
            buffer[offset + digit] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        buffer[offset + 15] = ' ';
        long state = seed ^ (index * 0x9E3779B97F4A7C15L);
        int position = offset + 16;
        for (int word = 0; word < 3; word++) {
            state = mix(state + word + 1);
            for (int nibble = 0; nibble < 16 && position < offset + LENGTH - 1; nibble++) {
                buffer[position++] = HEX[(int) (state >>> (nibble * 4)) & 0xF];
            }
        }
        buffer[offset + LENGTH - 1] = '\n';
    }

    /** Line {@code index}, without its line break. */
    static String line(long seed, long index) {
        byte[] bytes = new byte[LENGTH];
        put(bytes, 0, seed, index);
        return new String(bytes, 0, LENGTH - 1, StandardCharsets.US_ASCII);
    }

    /** Lines {@code 0} to {@code count - 1}, each with its line break. */
    static String text(long seed, int count) {
        byte[] bytes = new byte[count * LENGTH];
        for (int i = 0; i < count; i++) {
            put(bytes, i * LENGTH, seed, i);
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static long mix(long z) { // SplitMix64's finalizer
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
