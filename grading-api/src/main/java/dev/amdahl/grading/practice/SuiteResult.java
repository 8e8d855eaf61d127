package dev.amdahl.grading.practice;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one run of a suite gave: which tests (and test classes) passed and which failed, by JUnit's unique id.
 *
 * @param tests  how many tests ran
 * @param passed the unique ids of the tests and containers that passed
 * @param failed the unique ids of the tests and containers that failed, each with a readable name such as
 *               {@code LogParserTest.parsesAGoodLine}
 */
public record SuiteResult(int tests, Set<String> passed, Map<String, String> failed) {

    /** Keeps unmodifiable copies. */
    public SuiteResult {
        passed = Set.copyOf(passed);
        failed = Map.copyOf(failed);
    }

    /**
     * The tests that passed against the program but fail here: the ones that tell this program from it. A test
     * that fails against the program too tells nothing.
     *
     * @param onProgram the same suite's run on the given program
     * @return their readable names, sorted
     */
    public List<String> failuresBeyond(SuiteResult onProgram) {
        return failed.entrySet().stream().filter(entry -> onProgram.passed().contains(entry.getKey()))
                .map(Map.Entry::getValue).sorted().toList();
    }
}
