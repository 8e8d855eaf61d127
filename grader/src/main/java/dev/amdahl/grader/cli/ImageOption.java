package dev.amdahl.grader.cli;

import dev.amdahl.grader.sandbox.SandboxImage;
import picocli.CommandLine.Option;

/** {@code --base-image}: the JDK image the Docker sandbox is built on. */
final class ImageOption {

    @Option(names = "--base-image", paramLabel = "IMAGE", defaultValue = "${env:AMDAHL_BASE_IMAGE:-"
            + SandboxImage.DEFAULT_BASE + "}",
            description = "JDK 21 image the sandbox is built on (default: $AMDAHL_BASE_IMAGE, else ${DEFAULT-VALUE}).")
    private String baseImage;

    String baseImage() {
        return baseImage;
    }
}
