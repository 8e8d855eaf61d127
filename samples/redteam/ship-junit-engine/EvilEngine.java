package dev.amdahl.exercises.processes;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;

/** Red-team case: a test engine that would report every test as passed. */
public final class EvilEngine implements TestEngine {

    @Override
    public String getId() {
        return "junit-jupiter";
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        return null;
    }

    @Override
    public void execute(ExecutionRequest request) {
    }
}
