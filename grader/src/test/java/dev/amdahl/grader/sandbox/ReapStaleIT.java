package dev.amdahl.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.amdahl.grader.docker.RequiresDocker;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Containers left by a grader that died (even by kill -9) are removed when the next one starts; live ones stay. */
@RequiresDocker
class ReapStaleIT {

    @Test
    void removesOrphansOfDeadGradersOnly() throws Exception {
        DockerClient docker = DockerEngine.connect();
        String image = System.getenv().getOrDefault("AMDAHL_BASE_IMAGE", SandboxImage.DEFAULT_BASE);
        String orphan = null;
        String live = null;
        try {
            orphan = plant(docker, image, Long.MAX_VALUE);
            live = plant(docker, image, ProcessHandle.current().pid());

            int removed = DockerSandbox.reapStale(docker);

            assertThat(removed).isGreaterThanOrEqualTo(1);
            assertThat(exists(docker, orphan)).as("the orphan of a process that is gone").isFalse();
            assertThat(exists(docker, live)).as("a container of a grader that still runs").isTrue();
        } finally {
            for (String id : new String[] {orphan, live}) {
                if (id != null && exists(docker, id)) {
                    docker.removeContainerCmd(id).withForce(true).exec();
                }
            }
            docker.close();
        }
    }

    private static String plant(DockerClient docker, String image, long pid) {
        return docker.createContainerCmd(image)
                .withCmd("true")
                .withLabels(Map.of(DockerSandbox.LABEL, "true", DockerSandbox.SESSION_LABEL, "test",
                        DockerSandbox.HOST_LABEL, DockerSandbox.hostName(), DockerSandbox.PID_LABEL, Long.toString(pid)))
                .exec().getId();
    }

    private static boolean exists(DockerClient docker, String id) {
        try {
            docker.inspectContainerCmd(id).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
