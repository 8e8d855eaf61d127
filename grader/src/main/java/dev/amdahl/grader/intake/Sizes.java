package dev.amdahl.grader.intake;

/** Byte counts as people read them in a message. */
final class Sizes {

    private Sizes() {
    }

    /** "10,000": a count with its thousands marked. */
    static String count(long count) {
        return String.format(java.util.Locale.ROOT, "%,d", count);
    }

    static String describe(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) {
            return bytes / (1024L * 1024) + " MiB";
        }
        if (bytes >= 1024L * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
