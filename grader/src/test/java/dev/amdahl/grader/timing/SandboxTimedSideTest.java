package dev.amdahl.grader.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.sandbox.SandboxResult;
import dev.amdahl.grader.sandbox.SandboxSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxTimedSideTest {

    /** A session whose freezer gives up the first {@code failures} times, as runc does on a busy container. */
    private static final class Session implements SandboxSession {
        private int failures;
        private final boolean running;
        int freezes;

        Session(int failures, boolean running) {
            this.failures = failures;
            this.running = running;
        }

        @Override
        public void send(String line) {
        }

        @Override
        public void freeze() throws SandboxException {
            freezes++;
            if (failures-- > 0) {
                throw new SandboxException("Could not freeze the sandbox of threadpools-timing-student: OCI runtime"
                        + " pause failed: unable to freeze: unknown");
            }
        }

        @Override
        public void thaw() {
        }

        @Override
        public boolean running() {
            return running;
        }

        @Override
        public SandboxResult finish() {
            throw new UnsupportedOperationException();
        }
    }

    private static SandboxTimedSide side(Session session, boolean reference) {
        return new SandboxTimedSide(session, new TimingWatcher(), reference, Duration.ofSeconds(1),
                Duration.ofMillis(1));
    }

    @Test
    void aFreezeThatFailsOnceAndThenHoldsIsNoFailure() throws Exception {
        Session session = new Session(2, true);

        side(session, false).pause();

        assertThat(session.freezes).isEqualTo(3);
    }

    @Test
    void aStudentsSideThatCannotBeFrozenIsTheStudentsToFixNotTheGradersFault() {
        // Issue 20: a submission that leaves threads spinning after its call made every timing INTERNAL_ERROR, "not
        // your fault": a human review at will.
        Session session = new Session(Integer.MAX_VALUE, true);

        assertThatThrownBy(() -> side(session, false).pause()).isInstanceOfSatisfying(TimingException.class, e -> {
            assertThat(e.kind()).isEqualTo(TimingException.Cause.FAILED);
            assertThat(e.getMessage()).contains("after its call returned, it kept the CPUs busy")
                    .contains("shut down the pool").doesNotContain("not your fault");
        });
        assertThat(session.freezes).isEqualTo(SandboxTimedSide.FREEZE_ATTEMPTS);
    }

    @Test
    void theReferencesSideThatCannotBeFrozenIsTheGradersFault() {
        Session session = new Session(Integer.MAX_VALUE, true);

        assertThatThrownBy(() -> side(session, true).pause()).isInstanceOfSatisfying(TimingException.class,
                e -> assertThat(e.kind()).isEqualTo(TimingException.Cause.INTERNAL));
    }

    @Test
    void aSideThatEndedNeedsNoFreezingAndItsNextRunSaysHowItEnded() throws Exception {
        Session session = new Session(Integer.MAX_VALUE, false);

        side(session, false).pause();

        assertThat(session.freezes).isEqualTo(1);
    }
}
