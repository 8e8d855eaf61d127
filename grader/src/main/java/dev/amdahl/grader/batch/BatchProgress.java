package dev.amdahl.grader.batch;

/** Where a batch stands, for whoever watches it: a terminal, a log, a test. Called from several threads. */
public interface BatchProgress extends AutoCloseable {

    /** A lane begins: {@code total} submissions to go through. */
    void lane(String name, int total);

    /** One submission is through the current lane; {@code outcome} says how, in a few words. */
    void finished(String student, String outcome);

    @Override
    void close();

    /** Watches nothing. */
    static BatchProgress none() {
        return new BatchProgress() {
            @Override
            public void lane(String name, int total) {
            }

            @Override
            public void finished(String student, String outcome) {
            }

            @Override
            public void close() {
            }
        };
    }
}
