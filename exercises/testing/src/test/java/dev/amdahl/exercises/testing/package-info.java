/**
 * Your tests go here, in this package ({@code dev.amdahl.exercises.testing}), next to the program they test:
 * unit tests for {@code LogParser}, {@code PathStats}, {@code LogSummary}, {@code LogFiles} and
 * {@code ReportWriter}, and integration tests that run {@code LogReport} on real files in a {@code @TempDir}.
 * Name them {@code SomethingTest}, as in {@code LogParserTest}, so that {@code mvn test} finds them.
 *
 * <p>The exercise's README ({@code exercises/testing/README.md}) says what to test and how the tests are
 * graded.
 */
package dev.amdahl.exercises.testing;
