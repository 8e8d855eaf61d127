package dev.amdahl.grader.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How many entries a zip's central directory announces, read from its end record before the directory itself is
 * loaded: a small zip can announce millions of empty entries, and loading them all would exhaust the grader's
 * memory before any limit on what is written could act.
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xffff;

    private ZipDirectory() {
    }

    /** The entry count the end record announces, or empty when there is no end record (not a zip, or damaged). */
    static OptionalLong announcedEntries(Path zip) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(zip)) {
            long size = channel.size();
            int tail = (int) Math.min(size, END_SIZE + MAX_COMMENT);
            ByteBuffer buffer = read(channel, size - tail, tail);
            for (int at = tail - END_SIZE; at >= 0; at--) {
                if (buffer.getInt(at) != END_SIGNATURE) {
                    continue;
                }
                long entries = Short.toUnsignedInt(buffer.getShort(at + 10));
                if (entries != 0xffff) {
                    return OptionalLong.of(entries);
                }
                return zip64Entries(channel, size - tail + at);
            }
            return OptionalLong.empty();
        }
    }

    private static OptionalLong zip64Entries(SeekableByteChannel channel, long endRecord) throws IOException {
        if (endRecord < 20) {
            return OptionalLong.empty();
        }
        ByteBuffer locator = read(channel, endRecord - 20, 20);
        if (locator.getInt(0) != ZIP64_LOCATOR_SIGNATURE) {
            return OptionalLong.empty();
        }
        long zip64End = locator.getLong(8);
        if (zip64End < 0 || zip64End + 56 > channel.size()) {
            return OptionalLong.empty();
        }
        ByteBuffer record = read(channel, zip64End, 56);
        return record.getInt(0) == ZIP64_END_SIGNATURE ? OptionalLong.of(record.getLong(32)) : OptionalLong.empty();
    }

    private static ByteBuffer read(SeekableByteChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        channel.position(position);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // read until full or at the end
        }
        return buffer.flip();
    }
}
