package dev.amdahl.grader.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StudentIdsTest {

    @Test
    void canvasNameGivesTheLoginAndTheUserId() {
        StudentIds.Parsed parsed = StudentIds.fromName("smithjane_12345_67890_copy.zip");

        assertThat(parsed.id()).isEqualTo("smithjane");
        assertThat(parsed.lmsId()).contains(new LmsId(Lms.CANVAS, "12345"));
        assertThat(parsed.notes()).isEmpty();
    }

    @Test
    void canvasLateNameSaysCanvasMarkedItLate() {
        StudentIds.Parsed parsed = StudentIds.fromName("smithjane_LATE_12345_67890_copy.zip");

        assertThat(parsed.id()).isEqualTo("smithjane");
        assertThat(parsed.lmsId()).contains(new LmsId(Lms.CANVAS, "12345"));
        assertThat(parsed.notes()).containsExactly("Canvas marked it late");
    }

    @Test
    void canvasResubmissionWithUnderscoresInTheFileNameKeepsTheLogin() {
        StudentIds.Parsed parsed = StudentIds.fromName("oconnorsean_late_4521_998877_my_copy-1.tar.gz");

        assertThat(parsed.id()).isEqualTo("oconnorsean");
        assertThat(parsed.lmsId()).contains(new LmsId(Lms.CANVAS, "4521"));
        assertThat(parsed.notes()).containsExactly("Canvas marked it late");
    }

    @Test
    void moodleFolderGivesTheNameItsIdAndTheParticipantId() {
        StudentIds.Parsed parsed = StudentIds.fromName("Jane Smith_123456_assignsubmission_file_");

        assertThat(parsed.id()).isEqualTo("jane-smith");
        assertThat(parsed.name()).isEqualTo("Jane Smith");
        assertThat(parsed.lmsId()).contains(new LmsId(Lms.MOODLE, "123456"));
    }

    @Test
    void moodleFilePrefixAndAccentsGiveAPlainId() {
        StudentIds.Parsed parsed = StudentIds.fromName("José Álvarez-Núñez_98_assignsubmission_file_copy.zip");

        assertThat(parsed.id()).isEqualTo("jose-alvarez-nunez");
        assertThat(parsed.name()).isEqualTo("José Álvarez-Núñez");
        assertThat(parsed.lmsId()).contains(new LmsId(Lms.MOODLE, "98"));
    }

    @Test
    void moodleOnlineTextIsRecognised() {
        assertThat(StudentIds.isMoodleOnlineText("Jane Smith_123456_assignsubmission_onlinetext_")).isTrue();
        assertThat(StudentIds.isMoodleOnlineText("Jane Smith_123456_assignsubmission_file_")).isFalse();
    }

    @Test
    void blackboardNameGivesTheUsername() {
        StudentIds.Parsed parsed = StudentIds.fromName("Assignment1_jsmith_attempt_2026-12-02-10-15-00_copy.zip");

        assertThat(parsed.id()).isEqualTo("jsmith");
        assertThat(parsed.lmsId()).isEmpty();
    }

    @Test
    void blackboardAssignmentNameWithUnderscoresAndItsReceipt() {
        assertThat(StudentIds.fromName("Lab_2_Threads_mlee7_attempt_2026-12-02-23-59-01_Lab2.zip").id())
                .isEqualTo("mlee7");
        assertThat(StudentIds.isBlackboardReceipt("Lab_2_Threads_mlee7_attempt_2026-12-02-23-59-01.txt")).isTrue();
        assertThat(StudentIds.isBlackboardReceipt("Lab_2_Threads_mlee7_attempt_2026-12-02-23-59-01_notes.txt"))
                .isFalse();
    }

    @Test
    void otherNamesAreTheirBaseNameSanitized() {
        assertThat(StudentIds.fromName("alice.zip").id()).isEqualTo("alice");
        assertThat(StudentIds.fromName("bob.tgz").id()).isEqualTo("bob");
        assertThat(StudentIds.fromName("Carol Diaz (final).tar.gz").id()).isEqualTo("Carol-Diaz-final");
        assertThat(StudentIds.fromName(".hidden.zip").id()).isEqualTo("hidden");
        assertThat(StudentIds.fromName("ünïcode folder").id()).isEqualTo("unicode-folder");
        assertThat(StudentIds.fromName("王小明.zip").id()).isEqualTo("student");
        assertThat(StudentIds.fromName("alice").name()).isEqualTo("alice");
    }

    @Test
    void sanitizedIdsAreSafeFileNames() {
        for (String raw : List.of("../../etc", " ", "a/b\\c", "-.-x", "..", "a\u0000b")) {
            assertThat(StudentIds.sanitize(raw)).matches("[A-Za-z0-9._-]+").doesNotStartWith(".")
                    .doesNotContain("..");
        }
    }

    @Test
    void classroomRepositoriesLoseTheirCommonPrefix() {
        assertThat(StudentIds.fromRepositories(List.of(
                "https://github.com/course/amdahl-2026-alice.git",
                "https://github.com/course/amdahl-2026-alan",
                "git@github.com:course/amdahl-2026-bob.git")))
                .containsExactly("alice", "alan", "bob");
    }

    @Test
    void repositoriesOfTheSameNameAreNamedByTheirOwner() {
        assertThat(StudentIds.fromRepositories(List.of("/srv/git/alice/amdahl", "/srv/git/bob/amdahl/")))
                .containsExactly("alice", "bob");
    }

    @Test
    void aSingleRepositoryKeepsItsWholeName() {
        assertThat(StudentIds.fromRepositories(List.of("https://example.org/x/amdahl-2026-alice.git")))
                .containsExactly("amdahl-2026-alice");
    }

    @Test
    void aPrefixThatIsAWholeNameIsNotStripped() {
        assertThat(StudentIds.fromRepositories(List.of("/r/team", "/r/team-b"))).containsExactly("team", "team-b");
    }
}
