package dev.amdahl.grader.style;

/**
 * What one style category cost.
 *
 * @param treatment how the course counts the category
 * @param findings  how many findings it had (also when they are hidden)
 * @param deducted  points taken: the findings times the penalty, at most the cap; 0 unless graded
 * @param cap       the points the category is worth when graded; 0 otherwise
 */
public record CategoryScore(Treatment treatment, int findings, double deducted, double cap) {
}
