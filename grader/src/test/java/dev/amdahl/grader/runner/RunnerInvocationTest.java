package dev.amdahl.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amdahl.grader.runner.RunnerInvocation.SuiteRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerInvocationTest {

    /** The runner's JVM and first arguments, as every mode starts it. */
    private static final List<String> JVM = List.of("amdahl-java", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=50",
            "-Xshare:auto", "-XX:SharedArchiveFile=/opt/amdahl/amdahl-runner.jsa", "-XX:+ExitOnOutOfMemoryError", "-XX:+DisableAttachMechanism",
            "-XX:-EnableDynamicAgentLoading", "-XX:-UsePerfData", "-XX:+DisplayVMOutputToStderr",
            "-Djava.io.tmpdir=/tmp",
            "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp", "/opt/amdahl/amdahl-sandbox-runner.jar",
            "dev.amdahl.runner.SandboxRunner");
    /** A correctness run's JVM: the first tier of the JIT only (a timed run keeps every tier, as students' runs do). */
    private static final List<String> QUICK_JVM = command(List.of("amdahl-java", "-XX:TieredStopAtLevel=1"),
            JVM.subList(1, JVM.size()));
    private static final List<String> FIRST_ARGUMENTS = List.of("/work/build", "--events", "/run/amdahl/events.sock",
            "--private-memory", "--compile-timeout", "60");

    @Test
    void theRunnerIsToldWhatTheExerciseAllowsAndHowItsJvmBehaves(@TempDir Path input) throws Exception {
        List<String> command = RunnerInvocation.tests(Set.of("processes"), input, 42);
        assertThat(command)
                .containsSubsequence("--allow", "processes")
                .containsSubsequence("--test-classes", "/work/test-classes")
                .containsSubsequence("--events", RunnerInvocation.EVENTS)
                .doesNotContain("--limit-modules") // the image's runtime has no other module; the flag would stop CDS
                .contains("-XX:SharedArchiveFile=/opt/amdahl/amdahl-runner.jsa", "-XX:+ExitOnOutOfMemoryError", "-XX:+DisableAttachMechanism",
                        "-XX:-EnableDynamicAgentLoading");
        assertThat(RunnerInvocation.tests(Set.of(), input, 1)).doesNotContain("--allow");
    }

    @Test
    void theSeedIsStagedForTheRunnerAloneNeverOnTheCommandLine(@TempDir Path input) throws Exception {
        List<String> command = RunnerInvocation.tests(Set.of(), input, 4242424242L);

        assertThat(String.join(" ", command)).doesNotContain("4242424242").doesNotContain("amdahl.seed");
        assertThat(command).containsSubsequence("--seed-file", "/work/private/seed");
        assertThat(Files.readString(input.resolve("private/seed"))).isEqualTo("4242424242");
    }

    @Test
    void theTestsRunOnTheStagedExerciseWithTheCoursesTestClasses(@TempDir Path input) throws Exception {
        assertThat(RunnerInvocation.tests(Set.of("processes", "files"), input, 7)).containsExactlyElementsOf(
                command(QUICK_JVM, List.of("/work/exercise"), FIRST_ARGUMENTS, List.of("--seed-file", "/work/private/seed",
                        "--test-classes", "/work/test-classes", "--allow", "files", "--allow", "processes")));
    }

    @Test
    void aSuiteRunsOnTheProgramWithCoverageOrOnAPlantedBug(@TempDir Path input) throws Exception {
        List<String> start = command(QUICK_JVM, List.of("/work/private/exercise"), FIRST_ARGUMENTS,
                List.of("--seed-file", "/work/private/seed", "--student-tests", "--allow", "processes"));

        assertThat(RunnerInvocation.studentTests(Set.of("processes"), input, 7, SuiteRun.ON_PROGRAM))
                .containsExactlyElementsOf(command(start, List.of("--coverage")));
        assertThat(RunnerInvocation.studentTests(Set.of("processes"), input, 7, SuiteRun.ON_PLANTED_BUG))
                .containsExactlyElementsOf(command(start, List.of("--variants", "/work/private/variants")));
        assertThat(Files.readString(input.resolve("private/seed"))).isEqualTo("7");
        assertThat(RunnerInvocation.suiteExerciseIn(input)).isEqualTo(input.resolve("private/exercise"));
        assertThat(RunnerInvocation.variantIn(input, "off-by-one")).isEqualTo(input.resolve("private/variants/off-by-one"));
    }

    @Test
    void aTimedJvmSeesExactlyItsCpusAndGetsNoSeedFile() {
        assertThat(RunnerInvocation.timing(Set.of("processes"), "demo.SumCase", 4)).containsExactlyElementsOf(
                command(List.of("amdahl-java", "-XX:ActiveProcessorCount=4"), JVM.subList(1, JVM.size()),
                        List.of("/work/exercise"), FIRST_ARGUMENTS, List.of("--timing", "demo.SumCase",
                                "--test-classes", "/work/test-classes", "--allow", "processes")));
    }

    @Test
    void onTheLocalJvmTheRunnerUsesThisJdkLimitedToItsModulesTheRealSocketAndDoesNotInsistOnPrivateMemory(@TempDir Path input)
            throws Exception {
        List<String> local = RunnerInvocation.onLocalJvm(RunnerInvocation.tests(Set.of(), input, 1),
                Path.of("/opt/jdk/bin/java"), 512L << 20, Path.of("/tmp/events-1/events.sock"));

        assertThat(local.subList(0, 5)).containsExactly("/opt/jdk/bin/java", "-XX:MaxRAM=" + (512L << 20),
                "--limit-modules", "java.base,java.logging,java.compiler,jdk.compiler", "-XX:TieredStopAtLevel=1");
        assertThat(local).doesNotContain("--private-memory", "amdahl-java", "/run/amdahl/events.sock",
                        "-XX:SharedArchiveFile=/opt/amdahl/amdahl-runner.jsa")
                .containsSubsequence("--events", "/tmp/events-1/events.sock");
        assertThat(RunnerInvocation.onLocalJvm(List.of("/bin/sh", "-c", "true"), Path.of("/opt/jdk/bin/java"), 1,
                Path.of("/tmp/e.sock"))).containsExactly("/bin/sh", "-c", "true");
    }

    @SafeVarargs
    private static List<String> command(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
