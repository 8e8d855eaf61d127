package dev.amdahl.grading;

import java.util.Objects;

/**
 * A test method as discovered, before it runs: the unit that carries points.
 *
 * @param uniqueId    JUnit's unique id of the method (of the container, for parameterized tests)
 * @param className   the test class
 * @param methodName  the test method
 * @param displayName what a student reads
 * @param points      what passing it is worth; 0 when it has no {@link Points}
 */
public record PlannedTest(String uniqueId, String className, String methodName, String displayName, int points) {

    public PlannedTest {
        Objects.requireNonNull(uniqueId, "uniqueId must not be null");
        Objects.requireNonNull(className, "className must not be null");
        Objects.requireNonNull(methodName, "methodName must not be null");
        Objects.requireNonNull(displayName, "displayName must not be null");
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative");
        }
    }
}
