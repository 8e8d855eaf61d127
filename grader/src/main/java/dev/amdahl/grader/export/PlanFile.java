package dev.amdahl.grader.export;

import dev.amdahl.grading.PlannedTest;
import java.util.List;
import java.util.Objects;

/**
 * The plan of a template's graded tests, which the template's workflow reports against: a test that ran but is
 * not planned earns nothing, a planned test that did not run is an error, never a silent pass.
 */
final class PlanFile {

    /** One planned test of one exercise. */
    record Entry(String exercise, PlannedTest test) {
        Entry {
            Objects.requireNonNull(exercise, "exercise must not be null");
            Objects.requireNonNull(test, "test must not be null");
        }
    }

    private PlanFile() {
    }

    static String render(List<Entry> entries) {
        StringBuilder out = new StringBuilder("# amdahl plan v1\n");
        for (Entry entry : entries) {
            PlannedTest test = entry.test();
            out.append(String.join("\t", escape(entry.exercise()), escape(test.uniqueId()),
                    Double.toString(test.points()), Boolean.toString(test.extraCredit()), test.kind().name(),
                    escape(test.displayName()))).append('\n');
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
