package dev.amdahl.grader.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.time.Duration;

/**
 * Connects to the Docker engine named by the usual settings ({@code DOCKER_HOST}, else the local socket).
 * The API version is left unset so that old and new engines both answer.
 */
public final class DockerEngine {

    private DockerEngine() {
    }

    /** A client that has answered a ping, or an exception that says how to get one. */
    public static DockerClient connect() throws SandboxException {
        DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().build();
        DockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(Duration.ofSeconds(10))
                .responseTimeout(Duration.ofMinutes(15))
                .maxConnections(32)
                .build();
        DockerClient client = DockerClientImpl.getInstance(config, http);
        try {
            client.pingCmd().exec();
            return client;
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw new SandboxException("Cannot reach a Docker engine at " + config.getDockerHost() + " ("
                    + e.getMessage() + "). Start Docker, or point DOCKER_HOST at a running engine, then try again.", e);
        }
    }

    /** Whether an engine answers; for deciding to run or skip Docker tests. */
    public static boolean isAvailable() {
        try {
            closeQuietly(connect());
            return true;
        } catch (SandboxException e) {
            return false;
        }
    }

    static void closeQuietly(DockerClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing left to do with it
        }
    }
}
