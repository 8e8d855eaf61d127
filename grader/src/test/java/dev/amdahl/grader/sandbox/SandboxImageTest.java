package dev.amdahl.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SandboxImageTest {

    private static SandboxImage image(String dockerfile, String jar, String base) {
        return new SandboxImage(dockerfile.getBytes(StandardCharsets.UTF_8), jar.getBytes(StandardCharsets.UTF_8), base);
    }

    @Test
    void theTagFollowsEveryInput() {
        String tag = image("FROM x", "jar", "base").tag();

        assertThat(tag).matches("amdahl/sandbox:[0-9a-f]{16}");
        assertThat(image("FROM x", "jar", "base").tag()).isEqualTo(tag);
        assertThat(image("FROM y", "jar", "base").tag()).isNotEqualTo(tag);
        assertThat(image("FROM x", "jar2", "base").tag()).isNotEqualTo(tag);
        assertThat(image("FROM x", "jar", "other-base").tag()).isNotEqualTo(tag);
        assertThat(image("FROM xj", "ar", "base").tag()).as("inputs are delimited").isNotEqualTo(tag);
    }

    @Test
    void theGraderCarriesItsDockerfileAndRunner() throws Exception {
        SandboxImage bundled = SandboxImage.bundled(SandboxImage.DEFAULT_BASE);

        assertThat(bundled.baseImage()).isEqualTo("eclipse-temurin:21-jdk");
        assertThat(bundled.tag()).startsWith("amdahl/sandbox:");
    }
}
