package dev.amdahl.grader.style;

import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The checks a Checkstyle configuration runs, by the names their findings carry (the module's {@code id} when
 * it has one, else its name), so that each can be given a category.
 */
final class ConfigurationModules {

    /** Modules that only hold or run other modules and never report a finding of their own. */
    private static final Set<String> CONTAINERS = Set.of("Checker", "TreeWalker");
    private static final String ID = "id";

    private ConfigurationModules() {
    }

    static List<String> checks(Configuration configuration) throws CheckstyleException {
        List<String> checks = new ArrayList<>();
        collect(configuration, checks);
        return checks;
    }

    private static void collect(Configuration module, List<String> checks) throws CheckstyleException {
        if (!CONTAINERS.contains(module.getName())) {
            boolean hasId = Arrays.asList(module.getPropertyNames()).contains(ID);
            checks.add(hasId ? module.getProperty(ID) : module.getName());
        }
        for (Configuration child : module.getChildren()) {
            collect(child, checks);
        }
    }
}
