package dev.amdahl.grader.sandbox;

import dev.amdahl.grader.runner.RunnerInvocation;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The sandbox image, built from the Dockerfile and runner jar that travel inside the grader and tagged
 * with a hash of them and of the base image's name: a changed input gets a new tag, so a stale image is
 * never used.
 */
public final class SandboxImage {

    public static final String DEFAULT_BASE = "eclipse-temurin:21-jdk";
    public static final String REPOSITORY = "amdahl/sandbox";
    static final String DOCKERFILE = "sandbox/Dockerfile";
    static final String RUNNER_JAR = "sandbox/" + RunnerInvocation.JAR_FILE;

    private final byte[] dockerfile;
    private final byte[] runnerJar;
    private final String baseImage;

    SandboxImage(byte[] dockerfile, byte[] runnerJar, String baseImage) {
        this.dockerfile = dockerfile.clone();
        this.runnerJar = runnerJar.clone();
        this.baseImage = baseImage;
    }

    /** The image this grader's own build describes, on {@code baseImage}. */
    public static SandboxImage bundled(String baseImage) throws SandboxException {
        return new SandboxImage(resource(DOCKERFILE), resource(RUNNER_JAR), baseImage);
    }

    /** {@code amdahl/sandbox:<first 16 hex digits of the inputs' SHA-256>}. */
    public String tag() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : new byte[][] {dockerfile, runnerJar, baseImage.getBytes(StandardCharsets.UTF_8)}) {
                digest.update(Long.toString(part.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) 0);
                digest.update(part);
            }
            return REPOSITORY + ":" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The image this one is built on (a Docker reference such as {@code amdahl/base:trixie-jdk21}), part of its tag's
     * hash.
     */
    public String baseImage() {
        return baseImage;
    }

    /** Builds the image unless an image with its tag exists; returns the tag. */
    public String ensureBuilt(DockerClient docker) throws SandboxException {
        String tag = tag();
        if (exists(docker, tag)) {
            return tag;
        }
        ensureBase(docker);
        try {
            docker.buildImageCmd(new ByteArrayInputStream(context()))
                    .withTags(Set.of(tag))
                    .withBuildArg("BASE_IMAGE", baseImage)
                    .withPull(false)
                    .withNetworkMode("none") // its one step needs no network; engines without a bridge have none
                    .withLabels(Map.of("amdahl", "true", "amdahl.base", baseImage))
                    .exec(new BuildImageResultCallback())
                    .awaitImageId(10, TimeUnit.MINUTES);
            return tag;
        } catch (RuntimeException | IOException e) {
            throw new SandboxException("Could not build the sandbox image " + tag + " on " + baseImage + ": "
                    + e.getMessage(), e);
        }
    }

    private void ensureBase(DockerClient docker) throws SandboxException {
        if (exists(docker, baseImage)) {
            return;
        }
        try {
            docker.pullImageCmd(baseImage).exec(new PullImageResultCallback()).awaitCompletion(10, TimeUnit.MINUTES);
        } catch (RuntimeException e) {
            throw new SandboxException("The base image " + baseImage + " is not on this machine and could not be "
                    + "pulled (" + e.getMessage() + "). Without a registry, build one offline with "
                    + "scripts/build-offline-base-image.sh and pass it with --base-image amdahl/base:trixie-jdk21 "
                    + "(or AMDAHL_BASE_IMAGE).", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while pulling " + baseImage, e);
        }
        if (!exists(docker, baseImage)) {
            throw new SandboxException("Pulled " + baseImage + " but Docker does not list it; try `docker pull "
                    + baseImage + "`.");
        }
    }

    private static boolean exists(DockerClient docker, String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private byte[] context() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            add(tar, "Dockerfile", dockerfile);
            add(tar, RunnerInvocation.JAR_FILE, runnerJar); // where the Dockerfile COPYs it from
        }
        return bytes.toByteArray();
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setMode(0100644);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static byte[] resource(String name) throws SandboxException {
        try (InputStream in = SandboxImage.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new SandboxException("The grader was built without " + name
                        + "; rebuild it with ./mvnw package.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SandboxException("Cannot read " + name + " from the grader: " + e.getMessage(), e);
        }
    }
}
