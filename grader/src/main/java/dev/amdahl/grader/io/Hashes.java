package dev.amdahl.grader.io;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hashes a result records of what graded it, in one spelling: SHA-256, lower-case hex. */
public final class Hashes {

    private Hashes() {
    }

    /** The SHA-256 of {@code bytes} as 64 lowercase hex digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
