package dev.amdahl.grader.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StyleCategoriesTest {

    @Test
    void everyCheckOfTheConfigurationHasACategory() throws Exception {
        List<String> checks = ConfigurationModules.checks(StyleChecker.standard().configuration());

        assertThat(checks).isNotEmpty().doesNotHaveDuplicates()
                .allSatisfy(check -> assertThat(CheckCategories.of(check)).as(check).isPresent());
    }

    @Test
    void everyCategorizedCheckIsInTheConfiguration() throws Exception {
        // The other way round: a check removed from the XML is removed here too, so the table stays the truth.
        Set<String> configured = new HashSet<>(ConfigurationModules.checks(StyleChecker.standard().configuration()));
        configured.add(CheckCategories.PARSE_ERROR);

        assertThat(CheckCategories.checks()).containsExactlyInAnyOrderElementsOf(configured);
    }

    @Test
    void everyCategoryHasChecksAndAStudentFacingLabel() throws Exception {
        List<String> checks = ConfigurationModules.checks(StyleChecker.standard().configuration());
        for (StyleCategory category : StyleCategory.values()) {
            assertThat(checks).as(category.name())
                    .anyMatch(check -> CheckCategories.of(check).orElseThrow() == category);
        }
        assertThat(StyleCategory.values()).extracting(StyleCategory::label)
                .containsExactly("Naming", "Formatting", "Complexity", "Documentation", "Likely bugs");
        assertThat(StyleCategory.fromKey("likely-bugs")).contains(StyleCategory.LIKELY_BUGS);
        assertThat(StyleCategory.fromKey("bugs")).isEmpty();
    }
}
