package dev.amdahl.grader.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchInputTest {

    @TempDir
    Path temp;

    private Intake discover(Path input) throws IntakeException {
        return BatchInput.discover(input, temp.resolve("scratch"), IntakeLimits.defaults());
    }

    private static List<String> ids(Intake intake) {
        return intake.candidates().stream().map(candidate -> candidate.registration().student()).toList();
    }

    private Path copy(Path folder) throws Exception {
        Path code = Files.createDirectories(folder.resolve("exercises/threadpools/src/main/java"));
        Files.writeString(code.resolve("Pool.java"), "class Pool {}");
        return folder;
    }

    @Test
    void aFolderOfFoldersGivesOneCandidatePerFolderInIdOrder() throws Exception {
        Path input = temp.resolve("class");
        copy(input.resolve("carol"));
        copy(input.resolve("alice"));
        copy(input.resolve("bob smith"));
        Files.writeString(input.resolve(".DS_Store"), "junk");

        Intake intake = discover(input);

        assertThat(ids(intake)).containsExactly("alice", "bob-smith", "carol");
        assertThat(intake.candidates().getFirst().source()).isEqualTo(new FolderSource(input.resolve("alice")));
        assertThat(intake.candidates().get(1).registration()).isEqualTo(
                new Registration("bob-smith", "bob-smith", "class/bob smith"));
        assertThat(intake.warnings()).isEmpty();
    }

    @Test
    void aCanvasDownloadGivesIdsUserIdsAndTheLateNote() throws Exception {
        Path input = Files.createDirectories(temp.resolve("canvas"));
        Archives.zip(input.resolve("smithjane_12345_67890_copy.zip"), Map.of("a.txt", "a"));
        Archives.zip(input.resolve("doejohn_LATE_23456_78901_copy.zip"), Map.of("a.txt", "a"));
        Files.writeString(input.resolve("notes.pdf"), "%PDF");

        Intake intake = discover(input);

        assertThat(ids(intake)).containsExactly("doejohn", "smithjane");
        Candidate late = intake.candidates().getFirst();
        assertThat(late.registration().lmsId()).contains(new LmsId(Lms.CANVAS, "23456"));
        assertThat(late.notes()).containsExactly("Canvas marked it late");
        assertThat(late.source()).isEqualTo(new ArchiveSource(input.resolve("doejohn_LATE_23456_78901_copy.zip")));
        assertThat(intake.candidates().get(1).notes()).isEmpty();
        assertThat(intake.warnings()).containsExactly("canvas/notes.pdf: not a submission, skipped");
    }

    @Test
    void aMoodleFolderHoldingOneZipIsThatZip() throws Exception {
        Path input = temp.resolve("moodle");
        Path jane = Files.createDirectories(input.resolve("Jane Smith_123456_assignsubmission_file_"));
        Archives.zip(jane.resolve("my copy.zip"), Map.of("a.txt", "a"));
        copy(input.resolve("Li Wei_222_assignsubmission_file_"));
        Files.createDirectories(input.resolve("Li Wei_222_assignsubmission_onlinetext_"));

        Intake intake = discover(input);

        assertThat(ids(intake)).containsExactly("jane-smith", "li-wei");
        Candidate janes = intake.candidates().getFirst();
        assertThat(janes.source()).isEqualTo(new ArchiveSource(jane.resolve("my copy.zip")));
        assertThat(janes.registration()).isEqualTo(new Registration("jane-smith", "Jane Smith",
                Optional.of(new LmsId(Lms.MOODLE, "123456")),
                "moodle/Jane Smith_123456_assignsubmission_file_/my copy.zip"));
        assertThat(intake.candidates().get(1).source())
                .isEqualTo(new FolderSource(input.resolve("Li Wei_222_assignsubmission_file_")));
        assertThat(intake.warnings()).containsExactly(
                "moodle/Li Wei_222_assignsubmission_onlinetext_: Moodle online text, not a submission, skipped");
    }

    @Test
    void aBlackboardDownloadSkipsItsReceiptsInOneWarning() throws Exception {
        Path input = Files.createDirectories(temp.resolve("bb"));
        Archives.zip(input.resolve("Assignment1_jsmith_attempt_2026-12-02-10-15-00_copy.zip"), Map.of("a", "a"));
        Files.writeString(input.resolve("Assignment1_jsmith_attempt_2026-12-02-10-15-00.txt"), "receipt");
        Archives.zip(input.resolve("Assignment1_mlee_attempt_2026-12-01-09-00-00_lab.tgz.zip"), Map.of("a", "a"));
        Files.writeString(input.resolve("Assignment1_mlee_attempt_2026-12-01-09-00-00.txt"), "receipt");

        Intake intake = discover(input);

        assertThat(ids(intake)).containsExactly("jsmith", "mlee");
        assertThat(intake.warnings()).containsExactly("2 Blackboard receipts (.txt) skipped");
    }

    @Test
    void twoSubmissionsOfOneStudentAreBothKeptAndTheInstructorIsWarned() throws Exception {
        Path input = Files.createDirectories(temp.resolve("canvas"));
        Archives.zip(input.resolve("smithjane_12345_67890_copy.zip"), Map.of("a", "a"));
        Archives.zip(input.resolve("smithjane_12345_67891_copy-1.zip"), Map.of("a", "a"));
        Archives.zip(input.resolve("smithjane_12345_67892_copy-2.zip"), Map.of("a", "a"));
        Archives.zip(input.resolve("smithjane-2.zip"), Map.of("a", "a"));

        Intake intake = discover(input);

        assertThat(ids(intake)).containsExactly("smithjane", "smithjane-2", "smithjane-3", "smithjane-4");
        assertThat(intake.candidates()).extracting(candidate -> candidate.registration().origin()).containsExactly(
                "canvas/smithjane_12345_67890_copy.zip", "canvas/smithjane-2.zip",
                "canvas/smithjane_12345_67891_copy-1.zip", "canvas/smithjane_12345_67892_copy-2.zip");
        assertThat(intake.warnings()).containsExactly(
                "canvas/smithjane_12345_67890_copy.zip and canvas/smithjane_12345_67891_copy-1.zip both belong to "
                        + "smithjane; the second is graded as smithjane-3. Keep the right one and regrade.",
                "canvas/smithjane_12345_67890_copy.zip and canvas/smithjane_12345_67892_copy-2.zip both belong to "
                        + "smithjane; the second is graded as smithjane-4. Keep the right one and regrade.");
    }

    @Test
    void idsThatDifferOnlyInCaseAreDuplicates() throws Exception {
        Path input = temp.resolve("class");
        copy(input.resolve("Alice"));
        copy(input.resolve("alice"));

        Intake intake = discover(input);

        assertThat(ids(intake)).containsExactly("Alice", "alice-2");
        assertThat(intake.warnings()).singleElement().asString().contains("class/Alice and class/alice");
    }

    @Test
    void aZipOfZipsIsUnpackedIntoScratchAndEachInnerZipIsACandidate() throws Exception {
        Path alice = Archives.zip(temp.resolve("src/alice.zip"), Map.of(Archives.java("", "t", "A"), "class A {}"));
        Path bob = Archives.zip(temp.resolve("src/bob.zip"), Map.of(Archives.java("", "t", "B"), "class B {}"));
        Path classZip = temp.resolve("class.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(classZip)) {
            Archives.addFile(out, "submissions/alice.zip", Files.readAllBytes(alice));
            Archives.addFile(out, "submissions/bob.zip", Files.readAllBytes(bob));
            Archives.addFile(out, "__MACOSX/submissions/._bob.zip", new byte[] {1});
        }

        Intake intake = discover(classZip);

        assertThat(ids(intake)).containsExactly("alice", "bob");
        Candidate first = intake.candidates().getFirst();
        assertThat(first.registration().origin()).isEqualTo("class.zip/submissions/alice.zip");
        Path unpacked = ((ArchiveSource) first.source()).archive();
        assertThat(unpacked).startsWith(temp.resolve("scratch")).hasSameBinaryContentAs(alice);

        Materialized materialized = new Materializer(IntakeLimits.defaults(), Optional.empty(),
                new InMemoryFetchLog(), java.time.Clock.systemUTC()).materialize(first, temp.resolve("out/alice"));
        assertThat(materialized.root().resolve("exercises/t/src/main/java/A.java")).hasContent("class A {}");
    }

    @Test
    void aZipOfStudentFoldersGivesFolderAndArchiveCandidates() throws Exception {
        Path inner = Archives.zip(temp.resolve("src/inner.zip"), Map.of("a.txt", "a"));
        Path classZip = temp.resolve("moodle.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(classZip)) {
            Archives.addFile(out, "Jane Smith_1_assignsubmission_file_/copy.zip", Files.readAllBytes(inner));
            Archives.addFile(out, Archives.java("Li Wei_2_assignsubmission_file_/", "t", "A"), new byte[] {'x'});
        }

        Intake intake = discover(classZip);

        assertThat(ids(intake)).containsExactly("jane-smith", "li-wei");
        assertThat(intake.candidates().get(0).source()).isInstanceOf(ArchiveSource.class);
        assertThat(intake.candidates().get(1).source()).isInstanceOf(FolderSource.class);
    }

    @Test
    void aHostileClassZipIsRefusedWithWhatToGiveInstead() throws Exception {
        Path classZip = Archives.zip(temp.resolve("class.zip"), Map.of("../escape.zip", "x"));

        assertThatThrownBy(() -> discover(classZip)).isInstanceOf(IntakeException.class)
                .hasMessageContaining("class.zip holds an entry named \"../escape.zip\"")
                .hasMessageContaining("Give a folder holding one folder or archive per student");
        assertThat(temp.resolve("escape.zip")).doesNotExist();
    }

    @Test
    void aListOfRepositoriesGivesGitCandidates() throws Exception {
        Path list = temp.resolve("repos.txt");
        Files.writeString(list, """
                # the class of 2026
                https://github.com/course/amdahl-2026-alice.git

                https://github.com/course/amdahl-2026-bob   0123456789abcdef0123456789abcdef01234567
                local/amdahl-2026-carol
                """);

        Intake intake = discover(list);

        assertThat(ids(intake)).containsExactly("alice", "bob", "carol");
        assertThat(intake.candidates()).extracting(Candidate::source).containsExactly(
                new GitSource("https://github.com/course/amdahl-2026-alice.git", Optional.empty()),
                new GitSource("https://github.com/course/amdahl-2026-bob",
                        Optional.of("0123456789abcdef0123456789abcdef01234567")),
                new GitSource(temp.resolve("local/amdahl-2026-carol").toString(), Optional.empty()));
        assertThat(intake.candidates().get(2).registration().origin()).isEqualTo("local/amdahl-2026-carol");
    }

    @Test
    void aMalformedListLineIsNamed() throws Exception {
        Path list = temp.resolve("repos.txt");
        Files.writeString(list, "https://example.org/a.git\nhttps://example.org/b.git main extra\n");

        assertThatThrownBy(() -> discover(list)).isInstanceOf(IntakeException.class)
                .hasMessageContaining("line 2").hasMessageContaining("URL-or-path [commit]");
    }

    @Test
    void unusableInputsSayWhatToGive() throws Exception {
        assertThatThrownBy(() -> discover(temp.resolve("missing"))).isInstanceOf(IntakeException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("Give a folder");

        Path empty = Files.createDirectories(temp.resolve("empty"));
        Files.writeString(empty.resolve("readme.md"), "hi");
        assertThatThrownBy(() -> discover(empty)).isInstanceOf(IntakeException.class)
                .hasMessageContaining("holds no submissions");

        Path oneCopy = copy(temp.resolve("alice-copy"));
        assertThatThrownBy(() -> discover(oneCopy)).isInstanceOf(IntakeException.class)
                .hasMessageContaining("looks like one student's copy").hasMessageContaining("amdahl grade");

        Path binary = Files.write(temp.resolve("grades.xlsx"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThatThrownBy(() -> discover(binary)).isInstanceOf(IntakeException.class)
                .hasMessageContaining("neither an archive");

        Path noLines = Files.writeString(temp.resolve("repos.txt"), "# nobody yet\n");
        assertThatThrownBy(() -> discover(noLines)).isInstanceOf(IntakeException.class)
                .hasMessageContaining("lists no repositories");
    }

    @Test
    void linksInTheInputFolderAreSkipped() throws Exception {
        Path input = temp.resolve("class");
        copy(input.resolve("alice"));
        Path elsewhere = copy(temp.resolve("elsewhere"));
        Files.createSymbolicLink(input.resolve("mallory"), elsewhere);

        Intake intake = discover(input);

        assertThat(ids(intake)).containsExactly("alice");
        assertThat(intake.warnings()).containsExactly("class/mallory: a link, skipped (links are never followed)");
    }
}
