package dev.amdahl.exercises.threadpools;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.amdahl.grading.Points;
import dev.amdahl.grading.RuleName;

/** How the code is built, not what it does. These points count once a behaviour test passes. */
@AnalyzeClasses(packagesOf = ParallelMap.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ThreadpoolsStructureTest {

    /** Lecture: {@code ThreadPool(4)} hands the work to a pool; nobody creates threads one by one. */
    @ArchTest
    @Points(2)
    @RuleName("no class creates a thread with new Thread(...): the work goes to a pool")
    static final ArchRule noRawThreads = noClasses()
            .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .because("work goes to a pool (an ExecutorService from Executors), which creates, reuses and ends its "
                    + "threads itself: a thread made with new Thread(...) is one more thing to start, join and "
                    + "never forget (lecture: ThreadPool(4).map)");
}
