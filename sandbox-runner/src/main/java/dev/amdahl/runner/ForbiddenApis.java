package dev.amdahl.runner;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds uses of APIs a submission must not use, in its compiled classes, before any of them runs. Each
 * finding names the place (class, method, line) and why the API is not allowed.
 *
 * <p>What is always forbidden reaches into the machinery that grades: the test runner, JUnit, reflection,
 * {@code Unsafe}, class loaders, agents, native code, and ending the JVM. What an exercise may allow is
 * named by a capability: {@value #PROCESSES} (starting and killing processes).
 */
public final class ForbiddenApis {

    /** Capability: start, inspect and kill processes. */
    public static final String PROCESSES = "processes";
    public static final Set<String> CAPABILITIES = Set.of(PROCESSES);

    private record PackageRule(String prefix, String why) {
    }

    private record MemberRule(String owner, String namePattern, String why) {
    }

    private static final List<PackageRule> PACKAGES = List.of(
            new PackageRule("dev.amdahl.grading.", "the grader's own code is off limits"),
            new PackageRule("dev.amdahl.runner.", "the grader's own code is off limits"),
            new PackageRule("dev.amdahl.grader.", "the grader's own code is off limits"),
            new PackageRule("org.junit.", "JUnit runs the tests; submitted code may not use or change it"),
            new PackageRule("org.opentest4j.", "JUnit runs the tests; submitted code may not use or change it"),
            new PackageRule("org.apiguardian.", "JUnit runs the tests; submitted code may not use or change it"),
            new PackageRule("com.fasterxml.jackson.", "the grader's own libraries are off limits"),
            new PackageRule("com.tngtech.archunit.", "the grader's own libraries are off limits"),
            new PackageRule("java.lang.reflect.", "reflection can reach into the tests and the test runner"),
            new PackageRule("java.lang.instrument.", "agents can rewrite the tests"),
            new PackageRule("com.sun.tools.attach.", "attaching to a JVM can rewrite the tests"),
            new PackageRule("sun.", "internal JDK APIs (Unsafe among them) get around Java's safety"),
            new PackageRule("jdk.internal.", "internal JDK APIs get around Java's safety"),
            new PackageRule("java.lang.foreign.", "foreign memory and native calls get around Java's safety"));

    private static final List<MemberRule> ALWAYS = List.of(
            new MemberRule("java.lang.System", "exit", "it ends the JVM that runs the tests"),
            new MemberRule("java.lang.Runtime", "exit|halt", "it ends the JVM that runs the tests"),
            new MemberRule("java.lang.System", "load|loadLibrary", "native code gets around Java's safety"),
            new MemberRule("java.lang.Runtime", "load|loadLibrary", "native code gets around Java's safety"),
            new MemberRule("java.lang.Class", "forName|getDeclared.*|getMethods?|getFields?|getConstructors?"
                    + "|getRecordComponents|newInstance|getClassLoader|getModule",
                    "reflection can reach into the tests and the test runner"),
            new MemberRule("java.lang.invoke.MethodHandles", "lookup|privateLookupIn|publicLookup",
                    "method handles can reach into the tests and the test runner"),
            new MemberRule("java.lang.invoke.MethodHandles$Lookup", ".*",
                    "method handles can reach into the tests and the test runner"),
            new MemberRule("java.lang.Thread", "getContextClassLoader|setContextClassLoader",
                    "class loaders can replace the tests"),
            new MemberRule("java.lang.ModuleLayer", ".*", "module layers can replace the tests"));

    private static final List<MemberRule> PROCESS_APIS = List.of(
            new MemberRule("java.lang.ProcessBuilder", ".*", "this exercise does not start processes"),
            new MemberRule("java.lang.Runtime", "exec", "this exercise does not start processes"),
            new MemberRule("java.lang.ProcessHandle", ".*", "this exercise does not start or stop processes"),
            new MemberRule("java.lang.Process", "destroy.*|descendants|children|toHandle",
                    "this exercise does not start or stop processes"));

    private ForbiddenApis() {
    }

    /** Every forbidden use in the classes under {@code classes}, given what the exercise {@code allows}. */
    public static List<String> check(Path classes, Set<String> allows) {
        return check(classes, allows, Set.of());
    }

    /**
     * As {@link #check(Path, Set)}, and no class may be named like one of the tests' own classes
     * ({@code reservedNames}) or live in a package of the grader or of JUnit.
     */
    public static List<String> check(Path classes, Set<String> allows, Set<String> reservedNames) {
        for (String capability : allows) {
            if (!CAPABILITIES.contains(capability)) {
                throw new IllegalArgumentException("unknown capability '" + capability + "'; known: " + CAPABILITIES);
            }
        }
        JavaClasses imported = new ClassFileImporter().importPath(classes);
        List<MemberRule> members = new ArrayList<>(ALWAYS);
        if (!allows.contains(PROCESSES)) {
            members.addAll(PROCESS_APIS);
        }
        Set<String> findings = new LinkedHashSet<>();
        for (JavaClass type : imported) {
            String outer = type.getName().replaceAll("\\$.*", "");
            if (reservedNames.contains(outer)) {
                findings.add(type.getName() + " has the name of one of the tests' own classes: rename it");
            }
            for (PackageRule rule : PACKAGES) {
                if ((type.getPackageName() + ".").startsWith(rule.prefix()) && !rule.prefix().startsWith("java.")) {
                    findings.add(type.getName() + " is in package " + type.getPackageName()
                            + ", which belongs to the grader or to JUnit: move it to your exercise's package");
                }
            }
            if (isClassLoader(type)) {
                findings.add(type.getName() + " is a class loader: class loaders can replace the tests");
            }
            for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                String owner = access.getTargetOwner().getName();
                for (MemberRule rule : members) {
                    if (owner.equals(rule.owner()) && access.getName().matches(rule.namePattern())) {
                        findings.add(access.getDescription() + ": not allowed, " + rule.why());
                    }
                }
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getName();
                for (PackageRule rule : PACKAGES) {
                    if (target.startsWith(rule.prefix())) {
                        findings.add(dependency.getDescription() + ": not allowed, " + rule.why());
                    }
                }
                if (isClassLoaderName(target) && !isClassLoader(type)) {
                    findings.add(dependency.getDescription() + ": not allowed, class loaders can replace the tests");
                }
            }
        }
        return List.copyOf(findings);
    }

    private static boolean isClassLoader(JavaClass type) {
        return type.getAllRawSuperclasses().stream().anyMatch(s -> s.getName().equals("java.lang.ClassLoader"));
    }

    private static boolean isClassLoaderName(String name) {
        return name.startsWith("java.") && name.toLowerCase(Locale.ROOT).endsWith("classloader");
    }
}
