package dev.amdahl.grader.report;

import java.util.Locale;

/** The formats a grade is written in, each to its own file in the output folder. */
public enum ReportFormat {
    /** Amdahl's own JSON (see {@link JsonReport}). */
    JSON("result.json", new JsonReport()),
    /** Gradescope's {@code results.json}. */
    GRADESCOPE("results.json", new GradescopeReport()),
    /** GitHub Classroom's runner result, base64 as its grading reporter reads it. */
    CLASSROOM("classroom-result.b64", new ClassroomRunnerReport()),
    /** The scores of Classroom 50's {@code result.json}, in whole points (see {@link Classroom50Report}). */
    CLASSROOM50("classroom50.json", new Classroom50Report()),
    /** JUnit XML, which any CI shows. */
    JUNIT("junit.xml", new JunitXmlReport()),
    /** Feedback for the student, in Markdown (fits a GitHub job summary). */
    MARKDOWN("feedback.md", new MarkdownReport()),
    /** Feedback for the student as one self-contained HTML page (no scripts, nothing loaded from the network). */
    HTML("feedback.html", new HtmlReport()),
    /** Checkstyle's findings as SARIF 2.1.0, which GitHub code scanning shows on the lines. */
    SARIF("style.sarif", new SarifReport());

    private final String fileName;
    private final ReportWriter writer;

    ReportFormat(String fileName, ReportWriter writer) {
        this.fileName = fileName;
        this.writer = writer;
    }

    /** The file this format is written to in the output folder, e.g. {@code result.json}. */
    public String fileName() {
        return fileName;
    }

    /** What turns a grade into this format's text. */
    public ReportWriter writer() {
        return writer;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
