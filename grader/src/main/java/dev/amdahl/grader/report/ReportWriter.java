package dev.amdahl.grader.report;

import dev.amdahl.grader.scoring.GradeReport;

/** Turns a grade into one consumer's format. */
public interface ReportWriter {

    /** The report's text, or empty when this format cannot say it honestly (see {@link #refusal}). */
    String render(GradeReport report);

    /** Why this format writes nothing for {@code report}, or null when it writes it. */
    default String refusal(GradeReport report) {
        return null;
    }
}
