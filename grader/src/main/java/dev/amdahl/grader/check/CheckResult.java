package dev.amdahl.grader.check;

/**
 * One thing {@code amdahl check} verified about an exercise.
 *
 * @param exercise which exercise
 * @param check    what was checked, in a few words
 * @param passed   whether it holds
 * @param detail   what was found: the numbers when it holds, what to fix when it does not
 */
public record CheckResult(String exercise, String check, boolean passed, String detail) {
}
