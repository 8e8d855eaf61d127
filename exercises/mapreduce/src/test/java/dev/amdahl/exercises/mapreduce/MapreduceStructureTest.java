package dev.amdahl.exercises.mapreduce;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.amdahl.grading.Points;
import dev.amdahl.grading.RuleName;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinTask;

/** How the code is built, not what it does. These points count once a behaviour test passes. */
@AnalyzeClasses(packagesOf = WordCount.class, importOptions = ImportOption.DoNotIncludeTests.class)
class MapreduceStructureTest {

    /** Lecture: {@code ThreadPool(4)} and {@code Pool(5)} hand the work to a pool; nobody starts threads by hand. */
    @ArchTest
    @Points(1)
    @RuleName("no class creates a thread with new Thread(...): the work goes to a pool")
    static final ArchRule noRawThreads = noClasses()
            .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .because("work goes to a pool (an ExecutorService from Executors, or a ForkJoinPool), which creates, "
                    + "reuses and ends its threads itself: a thread made with new Thread(...) is one more thing to "
                    + "start, join and never forget (lecture: with Pool(5) as p: p.map(f, data))");

    /**
     * The behaviour tests cannot tell a parallel word count or convolution from a sequential loop over the chunks
     * or tiles: this rule can. Lecture: apply the same function to the parts on a pool.
     */
    @ArchTest
    @Points(0.5)
    @RuleName("WordCount and Convolution hand their chunks and tiles to an ExecutorService")
    static final ArchRule chunksAndTilesGoToAPool = classes()
            .that().haveSimpleName("WordCount").or().haveSimpleName("Convolution")
            .should().dependOnClassesThat().areAssignableTo(ExecutorService.class)
            .because("the apply step of split, apply, combine runs on a pool: WordCount.countLinesParallel hands "
                    + "its chunks, and Convolution.convolveTiled its tiles, to an ExecutorService (submit or "
                    + "invokeAll) of the given number of threads, rather than working through them in a loop");

    /** ParallelReduce splits by fork/join; a recursive method on one thread would give the same answers. */
    @ArchTest
    @Points(0.5)
    @RuleName("ParallelReduce forks and joins a RecursiveTask on a ForkJoinPool")
    static final ArchRule reductionForksAndJoins = classes()
            .that().haveSimpleName("ParallelReduce")
            .should().dependOnClassesThat().areAssignableTo(ForkJoinTask.class)
            .because("ParallelReduce reduces with a RecursiveTask (a ForkJoinTask) on a ForkJoinPool: the left "
                    + "half is forked, so that another thread can take it, while this one computes the right half");
}
