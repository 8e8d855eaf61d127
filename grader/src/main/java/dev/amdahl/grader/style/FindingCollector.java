package dev.amdahl.grader.style;

import com.puppycrawl.tools.checkstyle.JavaParser;
import com.puppycrawl.tools.checkstyle.TreeWalker;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Listens to one Checkstyle run and keeps its violations as findings, in place of Checkstyle's own listeners,
 * which print to standard output. Not thread-safe: one collector per run.
 */
final class FindingCollector implements AuditListener {

    private static final String CHECK_SUFFIX = "Check";
    /** How Checkstyle's parser starts its message: "LINE:COLUMN: ...". */
    private static final Pattern PARSER_POSITION = Pattern.compile("(\\d+):(\\d+): ");

    private final Map<String, String> relativeNames;
    private final List<StyleFinding> findings = new ArrayList<>();
    private final List<Throwable> exceptions = new ArrayList<>();

    /** @param relativeNames each checked file's path as given to Checkstyle, to its name relative to the root */
    FindingCollector(Map<String, String> relativeNames) {
        this.relativeNames = Map.copyOf(relativeNames);
    }

    List<StyleFinding> findings() {
        return List.copyOf(findings);
    }

    /** What Checkstyle reported instead of throwing, if anything: a run with these did not complete. */
    List<Throwable> exceptions() {
        return List.copyOf(exceptions);
    }

    @Override
    public void addError(AuditEvent event) {
        String file = relativeNames.getOrDefault(event.getFileName(), event.getFileName());
        if (isParseError(event)) {
            Position at = parseErrorPosition(event);
            findings.add(new StyleFinding(file, at.line(), at.column(), StyleCategory.LIKELY_BUGS,
                    CheckCategories.PARSE_ERROR,
                    "This file could not be parsed as Java, so most style checks skipped it: fix its compile"
                            + " errors first."));
            return;
        }
        String check = check(event);
        StyleCategory category = CheckCategories.of(check).orElseThrow(
                () -> new IllegalStateException("the style check " + check + " has no category"));
        findings.add(new StyleFinding(file, Math.max(0, event.getLine()), Math.max(0, event.getColumn()),
                category, check, event.getMessage()));
    }

    /** A file the parser could not get through at all (nested too deeply): one finding, like a parse error. */
    void unreadable(String file) {
        findings.add(new StyleFinding(file, 0, 0, StyleCategory.LIKELY_BUGS, CheckCategories.PARSE_ERROR,
                "This file is nested too deeply for the style checker to read, so no style check read it: "
                        + "write it the way a person would."));
    }

    @Override
    public void addException(AuditEvent event, Throwable throwable) {
        exceptions.add(throwable);
    }

    @Override
    public void auditStarted(AuditEvent event) {
        // nothing to prepare
    }

    @Override
    public void auditFinished(AuditEvent event) {
        // the caller reads the findings
    }

    @Override
    public void fileStarted(AuditEvent event) {
        // findings carry their file
    }

    @Override
    public void fileFinished(AuditEvent event) {
        // findings carry their file
    }

    /** The module's id when the configuration gives one, else its short name: {@code MethodName}. */
    static String check(AuditEvent event) {
        if (event.getModuleId() != null) {
            return event.getModuleId();
        }
        String name = event.getSourceName();
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return simple.endsWith(CHECK_SUFFIX) ? simple.substring(0, simple.length() - CHECK_SUFFIX.length()) : simple;
    }

    /**
     * Where the parser gave up, as {line, column} from 1. Checkstyle's event keeps only "exception while parsing"
     * on line 1; the parser's own exception, thrown again here for this one broken file, says "5:12: no viable
     * alternative". Line 1 when it cannot be told.
     */
    static Position parseErrorPosition(AuditEvent event) {
        try {
            JavaParser.parseFile(new File(event.getFileName()), JavaParser.Options.WITHOUT_COMMENTS);
        } catch (CheckstyleException | IOException | RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                Matcher position = PARSER_POSITION.matcher(String.valueOf(cause.getMessage()));
                if (position.lookingAt()) {
                    return new Position(Math.max(1, Integer.parseInt(position.group(1))),
                            Math.max(0, Integer.parseInt(position.group(2))));
                }
            }
        }
        return new Position(Math.max(1, event.getLine()), 0);
    }

    /** A place in a source file: line from 1, column from 1 (0: not known). */
    record Position(int line, int column) {
    }

    private static boolean isParseError(AuditEvent event) {
        return TreeWalker.class.getName().equals(event.getSourceName())
                && TreeWalker.PARSE_EXCEPTION_MSG.equals(event.getViolation().getKey());
    }
}
