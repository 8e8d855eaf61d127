package dev.amdahl.exercises.processes;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** jcmd's jvmtiAgentLoad, called in-process, without attaching. */
final class AgentLoader {

    private AgentLoader() {
    }

    static void attack() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Object result = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "jvmtiAgentLoad",
                new Object[] {new String[] {"/tmp/agent.jar"}}, new String[] {String[].class.getName()});
        System.err.println(result);
    }
}
