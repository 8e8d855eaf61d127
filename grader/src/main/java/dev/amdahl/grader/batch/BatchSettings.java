package dev.amdahl.grader.batch;

import dev.amdahl.grader.course.Exercise;
import dev.amdahl.grader.report.ReportFormat;
import dev.amdahl.grader.scoring.GradingTerms;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What {@code amdahl batch} was asked to do, as its options say.
 *
 * @param input             the class's submissions: a folder, archives, or a list of git repositories
 * @param out               the batch's folder: gradebook, copies, exports
 * @param course            the course repository
 * @param exercises         the exercises graded
 * @param workers           submissions graded at once; 0 for one per CPU
 * @param formats           formats per student besides json, markdown and html
 * @param assignment        the assignment's name as the LMS has it
 * @param regrade           students to grade again
 * @param regradeAll        grade every submission again
 * @param regradeIncomplete grade again what failed internally or was unusable
 * @param deadline          for git repositories: grade the commit seen at this time
 * @param fetchOnly         for git repositories: record each head, grade nothing
 * @param terms             the late policy and the release of hidden tests
 * @param hidden            the hidden tests are run
 * @param timing            speedups are timed, in a lane after all correctness grading
 * @param seed              the tests' seed, else a new one each time
 * @param timeout           the wall-clock limit set over the exercises'
 * @param memory            the memory limit set over the exercises'
 * @param noSimilarity      the class report leaves out the similarity check
 * @param progress          how the batch shows where it stands
 */
public record BatchSettings(Path input, Path out, Path course, List<Exercise> exercises, int workers,
        Set<ReportFormat> formats, String assignment, List<String> regrade, boolean regradeAll,
        boolean regradeIncomplete, Optional<Instant> deadline, boolean fetchOnly, GradingTerms terms, boolean hidden,
        boolean timing, Optional<Long> seed, Optional<Duration> timeout, OptionalLong memory, boolean noSimilarity,
        ProgressStyle progress) {

    public BatchSettings {
        exercises = List.copyOf(exercises);
        formats = formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class) : EnumSet.copyOf(formats);
        regrade = List.copyOf(regrade);
    }

}
