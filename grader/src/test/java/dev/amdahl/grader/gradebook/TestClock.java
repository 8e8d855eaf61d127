package dev.amdahl.grader.gradebook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves one second forward each time it is read, so that every change has its own time. */
final class TestClock extends Clock {

    private Instant now;

    TestClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        Instant read = now;
        now = now.plus(Duration.ofSeconds(1));
        return read;
    }

    /** What the next read will say. */
    synchronized Instant peek() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
