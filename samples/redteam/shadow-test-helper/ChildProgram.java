package dev.amdahl.exercises.processes;

/** Red-team case: an impostor of the tests' child program. */
public final class ChildProgram {

    private ChildProgram() {
    }

    public static void main(String[] args) {
        System.out.print("whatever the test wants to hear");
    }
}
