package dev.amdahl.grader.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Counts what one submission writes, as it is written, and stops at the first limit crossed. Sizes an archive
 * declares are never trusted: only bytes actually read are counted.
 *
 * <p>A failure to read the submission is the submission's problem ({@link UnusableSubmissionException}); a
 * failure to write is the grader's (disk full, permissions) and is thrown as {@link UncheckedIOException}, so it
 * is never blamed on a student.
 */
final class WriteBudget {

    /** Below this, a high ratio is harmless (a small file of blanks compresses very well). */
    private static final long RATIO_FLOOR = 1024L * 1024;

    /** Turns a read failure into the message the caller wants (e.g. "damaged zip"). */
    @FunctionalInterface
    interface Unreadable {
        UnusableSubmissionException of(IOException cause);
    }

    private final IntakeLimits limits;
    private final String what;
    private final long packedBytes;
    private final String advice;
    private final String again;
    private final boolean inPlace;
    private long entries;
    private long written;

    /**
     * @param what        names the submission in messages, e.g. {@code alice.zip}
     * @param packedBytes the archive's size, for the ratio; 0 or less when there is no archive
     */
    WriteBudget(IntakeLimits limits, String what, long packedBytes) {
        this(limits, what, packedBytes, packedBytes > 0 ? "it was not unpacked" : "it was not copied", "upload again",
                false);
    }

    private WriteBudget(IntakeLimits limits, String what, long packedBytes, String advice, String again,
            boolean inPlace) {
        this.limits = limits;
        this.what = what;
        this.packedBytes = packedBytes;
        this.advice = advice;
        this.again = again;
        this.inPlace = inPlace;
    }

    /**
     * A budget for a folder that is graded where it is, never copied (the folder given to {@code amdahl grade}):
     * its messages say it was not graded.
     */
    static WriteBudget inPlace(IntakeLimits limits, String what) {
        return new WriteBudget(limits, what, 0, "it was not graded", "submit again", true);
    }

    /** Counts one more file or folder. */
    void countEntry() throws UnusableSubmissionException {
        countEntries(1);
    }

    /** Counts {@code more} files and folders (an archive's announced count, say). */
    void countEntries(long more) throws UnusableSubmissionException {
        entries = more < 0 || entries + more > limits.maxEntries() ? Long.MAX_VALUE : entries + more;
        if (entries > limits.maxEntries()) {
            throw new UnusableSubmissionException(what + " holds more than " + Sizes.count(limits.maxEntries())
                    + " files and folders; " + advice + ". Remove build output (target/, out/, bin/), data files and "
                    + "copied libraries, and " + again + ".");
        }
    }

    /**
     * Counts a file that stays where it is, at the size its file system gives (which, unlike an archive's
     * declaration, is what reading it would yield), so a folder too large is refused without reading it.
     *
     * @param name the file's path as the submission spells it, for messages
     */
    void countInPlace(long bytes, String name) throws UnusableSubmissionException {
        written += bytes;
        check(bytes, name);
    }

    /** Bytes written so far. */
    long written() {
        return written;
    }

    /**
     * Writes {@code in} to the new file {@code file}, counting every byte; on a limit crossed the file is left
     * partial, for the caller to delete the whole folder.
     *
     * @param name the entry's name as the submission spells it, for messages
     */
    void copy(InputStream in, Path file, String name, Unreadable unreadable) throws UnusableSubmissionException {
        byte[] buffer = new byte[64 * 1024];
        long entryBytes = 0;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            while (true) {
                int read;
                try {
                    read = in.read(buffer);
                } catch (IOException e) {
                    throw unreadable.of(e);
                }
                if (read < 0) {
                    return;
                }
                entryBytes += read;
                written += read;
                check(entryBytes, name);
                out.write(buffer, 0, read);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("callers write each file once: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check(long entryBytes, String name) throws UnusableSubmissionException {
        if (entryBytes > limits.maxEntryBytes()) {
            throw new UnusableSubmissionException(what + " holds a file larger than "
                    + Sizes.describe(limits.maxEntryBytes()) + " (" + SafePaths.printable(name) + "); " + advice
                    + ". Remove it and " + again + ".");
        }
        if (written > limits.maxBytes() && inPlace) {
            throw new UnusableSubmissionException(what + " holds more than " + Sizes.describe(limits.maxBytes())
                    + " in all; " + advice + ". Remove build output, data files and copied libraries, and " + again
                    + ".");
        }
        if (written > limits.maxBytes()) {
            throw new UnusableSubmissionException(what + " expands to more than " + Sizes.describe(limits.maxBytes())
                    + "; " + advice + ". Remove build output and " + again + ".");
        }
        if (packedBytes > 0 && written > RATIO_FLOOR && written / limits.maxRatio() > packedBytes) {
            throw new UnusableSubmissionException(what + " expands to more than " + limits.maxRatio()
                    + " times its own size, which source code never does; " + advice
                    + ". Make a new archive of your copy's folder and upload it again.");
        }
    }
}
