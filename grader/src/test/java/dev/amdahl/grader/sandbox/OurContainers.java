package dev.amdahl.grader.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The sandbox containers that graders started by a test left on the engine: only those, so that a test does not
 * go red because someone else grades on the same engine at the same time (issue 20). A container names the
 * machine and the process of the grader that made it ({@code amdahl.host}, {@code amdahl.pid}).
 */
public final class OurContainers {

    private OurContainers() {
    }

    /** Containers left by graders in this JVM. */
    public static List<Container> leftByThisProcess() throws Exception {
        return leftBy(ProcessHandle.current().pid());
    }

    /** Containers left by graders in the given processes of this machine (child processes a test started). */
    public static List<Container> leftBy(long... pids) throws Exception {
        List<String> ours = Arrays.stream(pids).mapToObj(Long::toString).toList();
        String host = DockerSandbox.hostName();
        try (DockerClient docker = DockerEngine.connect()) {
            return docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(DockerSandbox.LABEL, "true", DockerSandbox.HOST_LABEL, host)).exec()
                    .stream()
                    .filter(c -> c.getLabels() != null && ours.contains(c.getLabels().get(DockerSandbox.PID_LABEL)))
                    .toList();
        }
    }
}
