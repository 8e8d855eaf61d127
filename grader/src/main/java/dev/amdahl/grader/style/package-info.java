/**
 * The style check, on the host: {@link dev.amdahl.grader.style.StyleChecker} runs Checkstyle over a staged
 * exercise's sources (it only parses them) and collects {@link dev.amdahl.grader.style.StyleFinding}s, and
 * {@link dev.amdahl.grader.style.StylePolicy} turns them, category by category, into the points a rubric takes
 * within its caps. Depends on no other package of the grader.
 */
package dev.amdahl.grader.style;
