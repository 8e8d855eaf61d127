package dev.amdahl.grader.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.io.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking and copying a submission: safe, within limits, and never half-done. */
class MaterializerArchiveTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final InMemoryFetchLog fetchLog = new InMemoryFetchLog();

    private Materializer materializer(IntakeLimits limits) {
        return new Materializer(limits, Optional.empty(), fetchLog, CLOCK);
    }

    private static Candidate candidate(Source source) {
        return new Candidate(new Registration("alice", "alice", "alice.zip"), source);
    }

    private Materialized unpack(Path archive) throws UnusableSubmissionException {
        return materializer(IntakeLimits.defaults()).materialize(candidate(new ArchiveSource(archive)),
                temp.resolve("out/alice"));
    }

    /** The target and any partial sibling are gone: nothing half-made is left. */
    private void assertNothingLeftBehind() throws IOException {
        Path out = temp.resolve("out");
        if (Files.exists(out)) {
            try (Stream<Path> list = Files.list(out)) {
                assertThat(list).isEmpty();
            }
        }
    }

    @Test
    void unpacksAZipAndStepsThroughTheFolderAroundTheCopy() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(Archives.java("alice-copy/", "threadpools", "Pool"), "class Pool {}");
        files.put("__MACOSX/alice-copy/._Pool.java", "junk");
        files.put("alice-copy/.DS_Store", "junk");
        Path zip = Archives.zip(temp.resolve("alice.zip"), files);

        Materialized materialized = unpack(zip);

        assertThat(materialized.root()).isEqualTo(temp.resolve("out/alice/alice-copy"));
        assertThat(materialized.root().resolve("exercises/threadpools/src/main/java/Pool.java")).hasContent(
                "class Pool {}");
        assertThat(temp.resolve("out/alice/__MACOSX")).doesNotExist();
        assertThat(temp.resolve("out/alice/alice-copy/.DS_Store")).doesNotExist();
        assertThat(materialized.revision()).isEqualTo(Hashes.ofFile(zip)).hasSize(64);
        assertThat(materialized.submittedAt()).isEmpty();
        assertThat(materialized.notes()).isEmpty();
        try (Stream<Path> list = Files.list(temp.resolve("out"))) {
            assertThat(list).containsExactly(temp.resolve("out/alice"));
        }
    }

    @Test
    void anEmptyZipIsUnusableWithAReasonTheStudentUnderstands() throws Exception {
        Path zip = Archives.zip(temp.resolve("alice.zip"), Map.of());

        assertThatThrownBy(() -> unpack(zip)).isInstanceOf(UnusableSubmissionException.class)
                .hasMessageContaining("alice.zip is empty").hasMessageContaining("Upload the archive");
        assertThat(temp.resolve("out/alice")).doesNotExist();
    }

    @Test
    void aZipOfOneExerciseFolderIsNotSteppedInto() throws Exception {
        Path zip = Archives.zip(temp.resolve("alice.zip"),
                Map.of("threadpools/src/main/java/Pool.java", "class Pool {}"));

        assertThat(unpack(zip).root()).isEqualTo(temp.resolve("out/alice"));
    }

    @Test
    void unpacksATarGzAndReportsItsLinkWithoutMakingIt() throws Exception {
        Path archive = Archives.tarGz(temp.resolve("alice.tar.gz"),
                Map.of(Archives.java("", "mapreduce", "Job"), "class Job {}"), "exercises/passwd", "/etc/passwd");

        Materialized materialized = unpack(archive);

        assertThat(materialized.root().resolve("exercises/mapreduce/src/main/java/Job.java")).exists();
        assertThat(materialized.root().resolve("exercises/passwd")).doesNotExist();
        assertThat(Files.exists(materialized.root().resolve("exercises/passwd"), LinkOption.NOFOLLOW_LINKS))
                .isFalse();
        assertThat(materialized.notes()).singleElement().asString()
                .contains("a link in alice.tar.gz was not unpacked: exercises/passwd -> /etc/passwd");
    }

    @Test
    void aLinkInAZipIsReportedAndNotMade() throws Exception {
        Path zip = Archives.zipWithLink(temp.resolve("alice.zip"), "copy/secrets", "/etc");

        Materialized materialized = unpack(zip);

        assertThat(Files.exists(temp.resolve("out/alice/copy/secrets"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(materialized.notes()).singleElement().asString().contains("copy/secrets -> /etc");
    }

    @Test
    void zipSlipIsRefusedAndNothingIsWritten() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("copy/ok.txt", "fine");
        files.put("../../evil", "owned");
        Path zip = Archives.zip(temp.resolve("alice.zip"), files);

        assertThatThrownBy(() -> unpack(zip)).isInstanceOf(UnusableSubmissionException.class)
                .hasMessageContaining("alice.zip holds an entry named \"../../evil\"")
                .hasMessageContaining("upload it again");
        assertThat(temp.resolve("evil")).doesNotExist();
        assertThat(temp.getParent().resolve("evil")).doesNotExist();
        assertNothingLeftBehind();
    }

    @Test
    void absoluteAndDriveNamesAreRefused() throws Exception {
        for (String name : new String[] {"/tmp/evil", "C:\\Windows\\evil", "copy\\..\\..\\evil"}) {
            Path zip = Archives.zip(temp.resolve("abs.zip"), Map.of(name, "owned"));

            assertThatThrownBy(() -> unpack(zip)).isInstanceOf(UnusableSubmissionException.class)
                    .hasMessageContaining("points outside the folder");
            assertNothingLeftBehind();
            Files.delete(zip);
        }
    }

    @Test
    void aZipBombIsStoppedWhileItExpands() throws Exception {
        Path bomb = Archives.zipOfZeros(temp.resolve("alice.zip"), "copy/zeros.txt", 300L * 1024 * 1024);
        assertThat(Files.size(bomb)).isLessThan(2L * 1024 * 1024); // over 150 times smaller than its content

        assertThatThrownBy(() -> unpack(bomb)).isInstanceOf(UnusableSubmissionException.class)
                .hasMessageStartingWith("alice.zip ").hasMessageContaining("; it was not unpacked.");
        assertNothingLeftBehind();

        IntakeLimits byRatioAlone = new IntakeLimits(10_000, 1L << 30, 1L << 30, 10);
        assertThatThrownBy(() -> materializer(byRatioAlone).materialize(candidate(new ArchiveSource(bomb)),
                temp.resolve("out/alice"))).isInstanceOf(UnusableSubmissionException.class)
                .hasMessage("alice.zip expands to more than 10 times its own size, which source code never does; "
                        + "it was not unpacked. Make a new archive of your copy's folder and upload it again.");
        assertNothingLeftBehind();
    }

    @Test
    void bytesWrittenAreCountedAgainstTheTotalWhateverTheRatio() throws Exception {
        Path zip = Archives.zipOfZeros(temp.resolve("alice.zip"), "copy/zeros.txt", 3L * 1024 * 1024);
        IntakeLimits limits = new IntakeLimits(100, 2L * 1024 * 1024, 10L * 1024 * 1024, 100_000);

        assertThatThrownBy(() -> materializer(limits).materialize(candidate(new ArchiveSource(zip)),
                temp.resolve("out/alice"))).isInstanceOf(UnusableSubmissionException.class)
                .hasMessage("alice.zip expands to more than 2 MiB; it was not unpacked. Remove build output and "
                        + "upload again.");
        assertNothingLeftBehind();
    }

    @Test
    void aFileLargerThanAllowedIsRefusedByName() throws Exception {
        Path zip = Archives.zip(temp.resolve("alice.zip"), Map.of("copy/big.bin", "x".repeat(2000)));
        IntakeLimits limits = new IntakeLimits(100, 1_000_000, 1024, 1000);

        assertThatThrownBy(() -> materializer(limits).materialize(candidate(new ArchiveSource(zip)),
                temp.resolve("out/alice"))).isInstanceOf(UnusableSubmissionException.class)
                .hasMessageContaining("alice.zip holds a file larger than 1 KiB (copy/big.bin)");
        assertNothingLeftBehind();
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Path zip = temp.resolve("alice.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            for (int i = 0; i < 51; i++) {
                Archives.addFile(out, "copy/f" + i + ".txt", new byte[] {'x'});
            }
        }
        IntakeLimits limits = new IntakeLimits(50, 1_000_000, 1_000_000, 100);

        assertThatThrownBy(() -> materializer(limits).materialize(candidate(new ArchiveSource(zip)),
                temp.resolve("out/alice"))).isInstanceOf(UnusableSubmissionException.class)
                .hasMessageStartingWith("alice.zip holds more than 50 files and folders; it was not unpacked.");
        assertNothingLeftBehind();
    }

    @Test
    void aZipAnnouncingTooManyEntriesIsRefusedBeforeItsDirectoryIsLoaded() throws Exception {
        Path zip = Archives.zip(temp.resolve("alice.zip"), Map.of("copy/A.java", "class A {}"));
        byte[] bytes = Files.readAllBytes(zip);
        int end = bytes.length - 22; // no comment: the end record is the last 22 bytes
        assertThat(java.nio.ByteBuffer.wrap(bytes, end, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt())
                .isEqualTo(0x06054b50);
        bytes[end + 8] = bytes[end + 10] = (byte) 0xfe; // entries on this disk, and in all: 65,534
        bytes[end + 9] = bytes[end + 11] = (byte) 0xff;
        Files.write(zip, bytes);
        IntakeLimits limits = new IntakeLimits(50, 1_000_000, 1_000_000, 100);

        assertThatThrownBy(() -> materializer(limits).materialize(candidate(new ArchiveSource(zip)),
                temp.resolve("out/alice"))).isInstanceOf(UnusableSubmissionException.class)
                .hasMessageStartingWith("alice.zip holds more than 50 files and folders; it was not unpacked.");
        assertNothingLeftBehind();
    }

    @Test
    void aCorruptZipIsUnusableWithAMessage() throws Exception {
        Path notAZip = temp.resolve("alice.zip");
        Files.writeString(notAZip, "this is a Word document, honestly");

        assertThatThrownBy(() -> unpack(notAZip)).isInstanceOf(UnusableSubmissionException.class)
                .hasMessageStartingWith("alice.zip could not be read as a zip archive (it may be damaged, or not a "
                        + "zip at all); it was not unpacked.");
        assertNothingLeftBehind();
    }

    @Test
    void aTruncatedZipIsUnusable() throws Exception {
        Path zip = Archives.zip(temp.resolve("whole.zip"), Map.of("copy/A.java", "class A {}".repeat(1000)));
        byte[] bytes = Files.readAllBytes(zip);
        Path truncated = Files.write(temp.resolve("alice.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> unpack(truncated)).isInstanceOf(UnusableSubmissionException.class)
                .hasMessageContaining("could not be read as a zip archive");
        assertNothingLeftBehind();
    }

    @Test
    void anArchiveInsideTheSubmissionIsKeptAsAFile() throws Exception {
        Path inner = Archives.zip(temp.resolve("inner.zip"), Map.of("A.java", "class A {}"));
        Path outer = temp.resolve("alice.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(outer)) {
            Archives.addFile(out, "copy/inner.zip", Files.readAllBytes(inner));
        }

        Materialized materialized = unpack(outer);

        assertThat(materialized.root().resolve("inner.zip")).isRegularFile();
        assertThat(materialized.root().resolve("A.java")).doesNotExist();
    }

    @Test
    void theTargetMustNotExist() throws Exception {
        Path zip = Archives.zip(temp.resolve("alice.zip"), Map.of("a.txt", "a"));
        Files.createDirectories(temp.resolve("out/alice"));

        assertThatThrownBy(() -> unpack(zip)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFolderIsCopiedWithoutFollowingLinks() throws Exception {
        Path folder = temp.resolve("in/alice");
        Path code = folder.resolve("exercises/threadpools/src/main/java");
        Files.createDirectories(code);
        Files.writeString(code.resolve("Pool.java"), "class Pool {}");
        Path outside = Files.createDirectories(temp.resolve("in/secret"));
        Files.writeString(outside.resolve("key.txt"), "secret");
        Files.createSymbolicLink(folder.resolve("exercises/secret"), outside);
        Files.createSymbolicLink(code.resolve("Key.java"), outside.resolve("key.txt"));
        Files.createDirectories(folder.resolve(".git/objects"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref: refs/heads/main");

        Materialized materialized = materializer(IntakeLimits.defaults())
                .materialize(candidate(new FolderSource(folder)), temp.resolve("out/alice"));

        assertThat(materialized.root()).isEqualTo(temp.resolve("out/alice"));
        assertThat(materialized.root().resolve("exercises/threadpools/src/main/java/Pool.java"))
                .hasContent("class Pool {}");
        assertThat(Files.exists(materialized.root().resolve("exercises/secret"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(materialized.root().resolve("exercises/threadpools/src/main/java/Key.java"),
                LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(materialized.root().resolve(".git")).doesNotExist();
        assertThat(materialized.notes()).hasSize(2).allMatch(note -> note.startsWith("a link in alice was not copied"));
        assertThat(materialized.revision()).isEqualTo(Hashes.ofFolder(materialized.root()));
    }

    @Test
    void aFolderOverTheLimitIsNotCopied() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in/alice"));
        Files.write(folder.resolve("big.bin"), new byte[4096]);

        assertThatThrownBy(() -> materializer(new IntakeLimits(100, 1024, 1024, 100))
                .materialize(candidate(new FolderSource(folder)), temp.resolve("out/alice")))
                .isInstanceOf(UnusableSubmissionException.class)
                .hasMessageContaining("alice holds a file larger than 1 KiB (big.bin); it was not copied.");
        assertNothingLeftBehind();
    }

    @Test
    void theFolderDigestChangesWithAFilesNameOrContent() throws Exception {
        Path a = Files.createDirectories(temp.resolve("a"));
        Files.writeString(a.resolve("A.java"), "class A {}", StandardCharsets.UTF_8);
        String before = Hashes.ofFolder(a);
        Files.move(a.resolve("A.java"), a.resolve("B.java"));
        String renamed = Hashes.ofFolder(a);
        Files.writeString(a.resolve("B.java"), "class B {}");

        assertThat(before).isNotEqualTo(renamed).isNotEqualTo(Hashes.ofFolder(a));
    }
}
