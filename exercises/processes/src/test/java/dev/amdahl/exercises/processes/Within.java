package dev.amdahl.exercises.processes;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a call of the code under test with a time limit of the test's own, shorter than JUnit's, so that a hang
 * fails with a message that says which call did not return and why it probably hangs, rather than with JUnit's
 * bare "timed out after 10 seconds". The processes it started are killed after the test ({@link
 * NoProcessLeftBehind}), which also ends the call's blocked reads.
 */
final class Within {

    private Within() {
    }

    /**
     * What {@code work} returns, if it returns within {@code limit}. Otherwise the test ends with a
     * {@link TimeoutException} (reported as timed out, like JUnit's own) that says {@code call} had not returned,
     * and then {@code why}. The work runs on a daemon thread: if it never ends, it cannot keep the tests' JVM
     * alive.
     */
    static <T> T limit(Duration limit, String call, Callable<T> work, String why) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread.ofPlatform().daemon().name("code-under-test").start(task);
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            task.cancel(true);
            throw new TimeoutException(call + " had not returned after " + limit.toSeconds() + " s: " + why);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
