package dev.amdahl.grader.intake;

/** A learning management system whose own student ids a download carries and whose gradebook imports ours. */
public enum Lms {
    /** Canvas: the user id in "Download submissions" file names, which its gradebook import reads in {@code ID}. */
    CANVAS("Canvas", "Canvas user id"),
    /** Moodle: the participant number in "Download all submissions" names, read back as {@code Participant <n>}. */
    MOODLE("Moodle", "Moodle participant number");

    private final String label;
    private final String idName;

    Lms(String label, String idName) {
        this.label = label;
        this.idName = idName;
    }

    /** The system's name, for people. */
    public String label() {
        return label;
    }

    /** What the system calls its id of a student, for people. */
    public String idName() {
        return idName;
    }
}
