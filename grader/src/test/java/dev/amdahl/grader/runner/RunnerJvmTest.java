package dev.amdahl.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's JVM is a layer of the sandbox of its own: whatever the allowlist might miss, the modules a gateway
 * needs are not in that JVM. In the sandbox image, its runtime is linked from the runner's modules only (the
 * Dockerfile; {@code RedTeamIT} grades submissions that reach for them there); on a whole JDK, as the local sandbox
 * runs it, the flags limit the modules. Checked here on this JDK with the very flags the local sandbox passes.
 */
class RunnerJvmTest {

    @Test
    void theGatewaysModulesAreNotThereAndAgentsCannotBeLoaded(@TempDir Path temp) throws Exception {
        Path probe = temp.resolve("Probe.java");
        Files.writeString(probe, """
                public class Probe {
                    public static void main(String[] args) {
                        for (String name : args) {
                            try {
                                Class.forName(name);
                                System.out.println("present " + name);
                            } catch (ClassNotFoundException e) {
                                System.out.println("absent " + name);
                            }
                        }
                    }
                }
                """);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> flags = RunnerInvocation.onLocalJvm(RunnerInvocation.runner("/work/exercise"), java, 1L << 30,
                temp.resolve("events.sock"));
        int main = flags.indexOf("-cp");
        List<String> command = new ArrayList<>(flags.subList(0, main)); // without its class path and main class
        command.add(probe.toString());
        command.addAll(List.of("java.beans.Expression", "java.lang.management.ManagementFactory",
                "javax.management.MBeanServer", "javax.script.ScriptEngineManager", "sun.misc.Unsafe",
                "jdk.jshell.JShell", "javax.naming.InitialContext", "java.lang.instrument.Instrumentation",
                "com.sun.tools.attach.VirtualMachine", "java.util.ArrayList", "javax.tools.ToolProvider"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output).as(output).contains("absent java.beans.Expression",
                "absent java.lang.management.ManagementFactory", "absent javax.management.MBeanServer",
                "absent javax.script.ScriptEngineManager", "absent sun.misc.Unsafe", "absent jdk.jshell.JShell",
                "absent javax.naming.InitialContext", "absent java.lang.instrument.Instrumentation",
                "absent com.sun.tools.attach.VirtualMachine",
                "present java.util.ArrayList", "present javax.tools.ToolProvider");
    }
}
