package dev.amdahl.exercises.pipes;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs code under test with a time limit, so that a hang fails with a message that says what the code was
 * waiting for, rather than with JUnit's bare "timed out".
 */
final class Within {

    private Within() {
    }

    /**
     * What {@code work} returns, if it returns within {@code limit}; otherwise the test fails with
     * {@code whyLate}. The work runs on a daemon thread: if it never ends, it cannot keep the tests' JVM alive.
     */
    static <T> T limit(Duration limit, Callable<T> work, String whyLate) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread.ofPlatform().daemon().name("code-under-test").start(task);
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            task.cancel(true);
            return fail("Still running after " + limit.toSeconds() + " s. " + whyLate);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
