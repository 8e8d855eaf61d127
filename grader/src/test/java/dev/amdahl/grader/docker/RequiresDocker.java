package dev.amdahl.grader.docker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests that need a real Docker engine. Without one they are skipped with a message, unless Docker is
 * required ({@code AMDAHL_DOCKER_REQUIRED=true} or {@code -Damdahl.docker.required=true}, as in CI): then
 * they run, and fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DockerRequirement.class)
public @interface RequiresDocker {
}
