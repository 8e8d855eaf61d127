package dev.amdahl.exercises.testing;

/** The tests of the log report. */
class LogReportTest {

    // TODO: write the tests
}
