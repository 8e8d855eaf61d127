package dev.amdahl.runner;

import dev.amdahl.runner.protocol.RunnerEvent;
import dev.amdahl.runner.protocol.RunnerEvent.Coverage.ClassCoverage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ISourceNode;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.IExecutionDataAccessorGenerator;
import org.jacoco.core.runtime.RuntimeData;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Measures which of a program's lines and branches its tests run, in this JVM: the program's classes are
 * instrumented in memory with JaCoCo, the tests run against the instrumented copies, and what they ran is
 * analyzed against the original classes (JaCoCo matches the two by a checksum of the original bytes).
 */
final class CoverageRecorder {

    private final Map<String, byte[]> original;
    private final RuntimeData data = new RuntimeData();

    /** {@code program}: the classes by binary name, as compiled. */
    CoverageRecorder(Map<String, byte[]> program) {
        this.original = Map.copyOf(program);
    }

    /** The program's classes with probes in them; from now on, what they run is recorded here. */
    Map<String, byte[]> instrumented() throws IOException {
        Instrumenter instrumenter = new Instrumenter(new ProbesAccess());
        Map<String, byte[]> instrumented = new TreeMap<>();
        for (Map.Entry<String, byte[]> c : original.entrySet()) {
            instrumented.put(c.getKey(), instrumenter.instrument(c.getValue(), c.getKey()));
        }
        CoverageProbes.recordIn(data);
        return instrumented;
    }

    /** What has run so far. */
    RunnerEvent.Coverage coverage() throws IOException {
        ExecutionDataStore executionData = new ExecutionDataStore();
        data.collect(executionData, new SessionInfoStore(), false);
        CoverageBuilder builder = new CoverageBuilder();
        Analyzer analyzer = new Analyzer(executionData, builder);
        for (Map.Entry<String, byte[]> c : original.entrySet()) {
            analyzer.analyzeClass(c.getValue(), c.getKey());
        }
        List<ClassCoverage> classes = new ArrayList<>();
        for (IClassCoverage c : builder.getClasses()) {
            classes.add(new ClassCoverage(c.getName().replace('/', '.'), c.getSourceFileName(),
                    c.getLineCounter().getCoveredCount(), c.getLineCounter().getTotalCount(),
                    c.getBranchCounter().getCoveredCount(), c.getBranchCounter().getTotalCount(), missedLines(c)));
        }
        classes.sort(Comparator.comparing(ClassCoverage::className));
        IBundleCoverage program = builder.getBundle("program");
        return new RunnerEvent.Coverage(program.getLineCounter().getCoveredCount(),
                program.getLineCounter().getTotalCount(), program.getBranchCounter().getCoveredCount(),
                program.getBranchCounter().getTotalCount(), classes);
    }

    /** Lines with code of which nothing ran (not those partly run). */
    private static List<Integer> missedLines(IClassCoverage c) {
        List<Integer> missed = new ArrayList<>();
        if (c.getFirstLine() == ISourceNode.UNKNOWN_LINE) {
            return missed; // no code, or compiled without line numbers
        }
        for (int line = c.getFirstLine(); line <= c.getLastLine(); line++) {
            if (c.getLine(line).getStatus() == ICounter.NOT_COVERED) {
                missed.add(line);
            }
        }
        return missed;
    }

    /** Makes each instrumented class ask {@link CoverageProbes#probes} for its probe array. */
    private static final class ProbesAccess implements IExecutionDataAccessorGenerator {
        @Override
        public int generateDataAccessor(long classId, String className, int probeCount, MethodVisitor method) {
            method.visitLdcInsn(classId);
            method.visitLdcInsn(className);
            method.visitLdcInsn(probeCount);
            method.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(CoverageProbes.class), "probes",
                    "(JLjava/lang/String;I)[Z", false);
            return 4; // the long takes two slots, the name and the count one each
        }
    }
}
