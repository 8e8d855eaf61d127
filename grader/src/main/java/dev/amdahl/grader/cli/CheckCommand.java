package dev.amdahl.grader.cli;

import dev.amdahl.grader.check.CheckResult;
import dev.amdahl.grader.check.CourseCheck;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.course.UnknownExerciseException;
import dev.amdahl.grader.pipeline.Grader;
import dev.amdahl.grader.sandbox.DockerSandbox;
import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.sandbox.SandboxImage;
import dev.amdahl.grader.sandbox.SandboxLimits;
import dev.amdahl.grader.submission.SubmissionStager;
import dev.amdahl.grader.testrun.ExpectedTests;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Checks the course's exercises before they are handed out, in the same sandbox that grades students: "
                    + "the rubric adds up, every test with points fails on the untouched skeleton, the reference "
                    + "solution (solutions/<exercise>) earns every point, and neither has style findings.",
            "",
            "Exit code: 0 every check holds, 5 some check failed (the lines marked FAIL say what to fix), 2 bad "
                    + "command line, 3 no Docker engine or sandbox image, 4 the course folder is unusable."},
        sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--course", paramLabel = "DIR", defaultValue = ".",
            description = "The course repository (default: the current folder).")
    private Path course;

    @Option(names = {"-e", "--exercise"}, paramLabel = "ID", description = "Check only this exercise (repeatable).")
    private List<String> exercises = new ArrayList<>();

    @Option(names = "--hidden", description = "Include the hidden tests (hidden/<exercise>/src/test/java).")
    private boolean hidden;

    @Option(names = "--base-image", paramLabel = "IMAGE", defaultValue = "${env:AMDAHL_BASE_IMAGE:-"
            + SandboxImage.DEFAULT_BASE + "}",
            description = "JDK 21 image the sandbox is built on (default: $AMDAHL_BASE_IMAGE, else ${DEFAULT-VALUE}).")
    private String baseImage;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ExpectedTests expectedTests = new ExpectedTests(hidden)) {
            Course loaded;
            List<Exercise> selected;
            try {
                loaded = Course.load(course);
                selected = loaded.select(exercises);
            } catch (UnknownExerciseException e) {
                err.println("amdahl: " + e.getMessage());
                return ExitCodes.USAGE;
            } catch (CourseException e) {
                err.println("amdahl: " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
            boolean allPassed = true;
            try (DockerSandbox sandbox = DockerSandbox.start(SandboxImage.bundled(baseImage))) {
                Grader grader = new Grader(sandbox, new SubmissionStager(SubmissionStager.Limits.defaults()),
                        expectedTests, SandboxLimits.defaults(), Grader.Overrides.none(), Clock.systemUTC(),
                        VersionProvider.version());
                CourseCheck check = new CourseCheck(grader, expectedTests, loaded.root().resolve("exercises"),
                        loaded.root().resolve("solutions"));
                for (Exercise exercise : selected) {
                    List<CheckResult> results;
                    try {
                        results = check.check(exercise);
                    } catch (CourseException e) {
                        results = List.of(new CheckResult(exercise.id(), "the exercise compiles with its tests", false,
                                e.getMessage()));
                    }
                    for (CheckResult result : results) {
                        allPassed &= result.passed();
                        out.printf("%-4s %s: %s — %s%n", result.passed() ? "ok" : "FAIL", result.exercise(),
                                result.check(), result.detail());
                        out.flush();
                    }
                }
            } catch (SandboxException e) {
                err.println("amdahl: " + e.getMessage());
                return ExitCodes.SANDBOX_UNAVAILABLE;
            }
            out.println(allPassed ? "All checks hold." : "Some checks failed: see the FAIL lines.");
            return allPassed ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }
}
