package dev.amdahl.grader.export;

import java.util.List;

/** The export found instructor-only material in the template, and wrote nothing. */
public final class TemplateLeakException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Leak> leaks;

    public TemplateLeakException(List<Leak> leaks) {
        super(leaks.size() + (leaks.size() == 1 ? " leak" : " leaks") + " of instructor-only material");
        this.leaks = List.copyOf(leaks);
    }

    /** Every leak found, not just the first, so an instructor can fix them all at once. */
    public List<Leak> leaks() {
        return leaks;
    }
}
