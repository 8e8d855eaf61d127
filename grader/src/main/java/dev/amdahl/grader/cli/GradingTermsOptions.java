package dev.amdahl.grader.cli;

import dev.amdahl.grader.course.CourseException;
import dev.amdahl.grader.scoring.GradingTerms;
import dev.amdahl.grader.scoring.LatePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --late-policy} and {@code --release-hidden}: how late work is assessed and what students may see, made into
 * the {@link GradingTerms} that {@code grade} and {@code batch} apply.
 */
final class GradingTermsOptions {

    @Option(names = "--late-policy", paramLabel = "FILE",
            description = "The late policy (due date, grace, penalty, cap, extensions), applied where the grader knows "
                    + "when the work was submitted (--submitted-at; git repositories in a batch; an LMS applies its "
                    + "own to its uploads). Default: the course's " + LatePolicy.FILE + ", if it has one.")
    private Path latePolicy;

    @Option(names = "--release-hidden",
            description = "Show the hidden tests' messages to students (in the Markdown, Classroom and console "
                    + "reports; Gradescope shows them as visible).")
    private boolean releaseHidden;

    /** The terms, with the policy given, else the course's file, else none. */
    GradingTerms terms(Path course) throws CommandFailure {
        return new GradingTerms(load(course), releaseHidden);
    }

    /** The policy given, else the course's file, else none. */
    private Optional<LatePolicy> load(Path course) throws CommandFailure {
        try {
            if (latePolicy != null) {
                if (!Files.isRegularFile(latePolicy)) {
                    throw new CommandFailure.InvalidInput("--late-policy " + latePolicy + ": no such file.");
                }
                return Optional.of(LatePolicy.load(latePolicy));
            }
            Path standard = course.resolve(LatePolicy.FILE);
            return Files.isRegularFile(standard) ? Optional.of(LatePolicy.load(standard)) : Optional.empty();
        } catch (CourseException e) {
            throw new CommandFailure.InvalidInput(e.getMessage());
        }
    }
}
