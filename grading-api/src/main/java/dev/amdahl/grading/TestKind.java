package dev.amdahl.grading;

/** What a test judges. */
public enum TestKind {
    /** What the code does: a JUnit test. */
    BEHAVIOUR,
    /**
     * How the code is built: an ArchUnit rule. Structure points count only when the exercise's behaviour
     * tests earn points, so an untouched skeleton (which breaks no rule) earns nothing.
     */
    STRUCTURE
}
