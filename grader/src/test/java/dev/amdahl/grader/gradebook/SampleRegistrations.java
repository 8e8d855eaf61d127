package dev.amdahl.grader.gradebook;

import dev.amdahl.grader.intake.Lms;
import dev.amdahl.grader.intake.LmsId;
import dev.amdahl.grader.intake.Registration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Registrations for gradebook tests: each with a Canvas id and an origin derived from the student's id. */
final class SampleRegistrations {

    private SampleRegistrations() {
    }

    static Registration student(String id) {
        return new Registration(id, "Name of " + id, Optional.of(new LmsId(Lms.CANVAS,
                Integer.toString(Math.floorMod(id.hashCode(), 100_000)))), "submissions/" + id + ".zip");
    }

    static List<Registration> students(String... ids) {
        return Arrays.stream(ids).map(SampleRegistrations::student).toList();
    }
}
