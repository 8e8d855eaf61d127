package dev.amdahl.exercises.pipes;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.amdahl.grading.Points;
import dev.amdahl.grading.RuleName;

/** How the code is built, not what it does. These points count once a behaviour test passes. */
@AnalyzeClasses(packagesOf = Pipeline.class, importOptions = ImportOption.DoNotIncludeTests.class)
class PipesStructureTest {

    /** Lecture: {@code tail -1} holds one line at a time, however long its input is. */
    @ArchTest
    @Points(2)
    @RuleName("Streaming reads line by line: no readAllBytes, readNBytes, readAllLines or readString")
    static final ArchRule streamingReadsLineByLine = noClasses()
            .that().haveSimpleNameStartingWith("Streaming")
            .should().callMethodWhere(target(nameMatching("readAllBytes|readNBytes|readAllLines|readString")))
            .because("a stream from a process can be longer than memory is large: read it line by line "
                    + "(BufferedReader.readLine()) and keep only what the answer needs, as tail -1 keeps one line "
                    + "(lecture: piping processes, streaming)");
}
