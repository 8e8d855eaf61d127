package dev.amdahl.grader.cli;

import dev.amdahl.grader.check.CheckResult;
import dev.amdahl.grader.check.CourseCheck;
import dev.amdahl.grader.course.Course;
import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.pipeline.Grader;
import dev.amdahl.grader.sandbox.Sandbox;
import dev.amdahl.grader.sandbox.SandboxException;
import dev.amdahl.grader.testrun.ExpectedTests;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    private CourseOptions course;

    @Mixin
    private HiddenTestsOption hidden;

    @Mixin
    private ImageOption image;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ExpectedTests expectedTests = hidden.expectedTests()) {
            Course loaded = course.load();
            List<Exercise> selected = CourseOptions.select(loaded, course.exerciseIds());
            boolean allPassed = true;
            CompositionRoot.Setup setup = CompositionRoot.Setup.plain(image.baseImage());
            try (Sandbox sandbox = CompositionRoot.openSandbox(setup)) {
                Grader grader = CompositionRoot.grader(setup, sandbox, expectedTests, Clock.systemUTC());
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
                throw new CommandFailure.SandboxUnavailable(e.getMessage());
            }
            out.println(allPassed ? "All checks hold." : "Some checks failed: see the FAIL lines.");
            return allPassed ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }
}
