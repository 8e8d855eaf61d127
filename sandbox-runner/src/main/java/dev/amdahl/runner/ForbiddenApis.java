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
 * Finds uses of APIs that code must not use, in its compiled classes, before any of them runs. Each finding
 * names the place (class, method, line) and why the API is not allowed.
 *
 * <p>What is always forbidden reaches into the machinery that grades: the test runner, JUnit, reflection,
 * {@code Unsafe}, class loaders, agents, native code, and ending the JVM. What an exercise may allow is
 * named by a capability: {@value #PROCESSES} (starting and killing processes).
 *
 * <p>A student's tests ({@link #checkStudentTests}) are held to the same rules, except that they may use what
 * JUnit offers for writing tests; and, so that they judge what the program does and not its code, they may
 * not read class files or ask where code came from.
 */
public final class ForbiddenApis {

    /** Capability: start, inspect and kill processes. */
    public static final String PROCESSES = "processes";
    public static final Set<String> CAPABILITIES = Set.of(PROCESSES);

    /** A package (when {@code name} ends with a dot) or a class with its nested classes. */
    private record TypeRule(String name, String why) {
        boolean matches(String type) {
            return name.endsWith(".") ? type.startsWith(name) : type.equals(name) || type.startsWith(name + "$");
        }
    }

    private record MemberRule(String owner, String namePattern, String why) {
    }

    /** What one kind of code is checked against. */
    private record Rules(List<TypeRule> types, List<String> allowedPackages, List<MemberRule> members) {
        boolean forbids(String type, TypeRule rule) {
            return rule.matches(type) && allowedPackages.stream().noneMatch(type::startsWith);
        }
    }

    private static final String GRADER = "the grader's own code is off limits";
    private static final String GRADER_LIBRARIES = "the grader's own libraries are off limits";
    private static final String JUNIT = "JUnit runs the tests; submitted code may not use or change it";
    private static final String REFLECTION = "reflection can reach into the tests and the test runner";
    private static final String READS_CODE = "tests must judge what the program does, not read its class files";

    private static final List<TypeRule> PACKAGES = List.of(
            new TypeRule("dev.amdahl.grading.", GRADER),
            new TypeRule("dev.amdahl.runner.", GRADER),
            new TypeRule("dev.amdahl.grader.", GRADER),
            new TypeRule("org.junit.", JUNIT),
            new TypeRule("org.opentest4j.", JUNIT),
            new TypeRule("org.apiguardian.", JUNIT),
            new TypeRule("com.fasterxml.jackson.", GRADER_LIBRARIES),
            new TypeRule("com.tngtech.archunit.", GRADER_LIBRARIES),
            new TypeRule("org.jacoco.", GRADER_LIBRARIES),
            new TypeRule("org.objectweb.asm.", GRADER_LIBRARIES),
            new TypeRule("java.lang.reflect.", REFLECTION),
            new TypeRule("java.lang.instrument.", "agents can rewrite the tests"),
            new TypeRule("com.sun.tools.attach.", "attaching to a JVM can rewrite the tests"),
            new TypeRule("sun.", "internal JDK APIs (Unsafe among them) get around Java's safety"),
            new TypeRule("jdk.internal.", "internal JDK APIs get around Java's safety"),
            new TypeRule("java.lang.foreign.", "foreign memory and native calls get around Java's safety"));

    private static final List<MemberRule> ALWAYS = List.of(
            new MemberRule("java.lang.System", "exit", "it ends the JVM that runs the tests"),
            new MemberRule("java.lang.Runtime", "exit|halt", "it ends the JVM that runs the tests"),
            new MemberRule("java.lang.System", "load|loadLibrary", "native code gets around Java's safety"),
            new MemberRule("java.lang.Runtime", "load|loadLibrary", "native code gets around Java's safety"),
            new MemberRule("java.lang.Class", "forName|getDeclared.*|getMethods?|getFields?|getConstructors?"
                    + "|getRecordComponents|newInstance|getClassLoader|getModule", REFLECTION),
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

    /** What of JUnit a student's tests may use: what writes tests, not what runs them. */
    private static final List<String> TEST_WRITING_PACKAGES = List.of(
            "org.junit.jupiter.api.", "org.junit.jupiter.params.", "org.opentest4j.", "org.apiguardian.");

    private static final List<TypeRule> TEST_TYPES = List.of(
            new TypeRule("java.security.CodeSource", READS_CODE),
            new TypeRule("java.security.ProtectionDomain", READS_CODE),
            new TypeRule("java.lang.Package", READS_CODE),
            new TypeRule("java.lang.StackWalker",
                    "tests must judge what the program does, not where in its code they are called from"));

    private static final List<MemberRule> TEST_MEMBERS = List.of(
            new MemberRule("java.lang.Class", "getResource.*|getProtectionDomain|getPackage|getSigners", READS_CODE),
            new MemberRule("java.lang.ClassLoader", "getResource.*|getSystemResource.*|resources", READS_CODE),
            new MemberRule("java.lang.Module", "getResource.*", READS_CODE));

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
        return scan(classes, new Rules(PACKAGES, List.of(), members(allows, List.of())), reservedNames,
                "one of the tests' own classes");
    }

    /**
     * Every forbidden use in a student's compiled tests under {@code testClasses}: what {@link #check} forbids,
     * except JUnit's API for writing tests ({@code org.junit.jupiter.api}, {@code org.junit.jupiter.params},
     * opentest4j, apiguardian); and also reading class files or where classes came from (resources,
     * protection domains, code sources, packages, the call stack). No test class may be named like one of
     * the program's top-level classes ({@code programClasses}), which it would hide.
     */
    public static List<String> checkStudentTests(Path testClasses, Set<String> allows, Set<String> programClasses) {
        List<TypeRule> types = new ArrayList<>(PACKAGES);
        types.addAll(TEST_TYPES);
        return scan(testClasses, new Rules(types, TEST_WRITING_PACKAGES, members(allows, TEST_MEMBERS)),
                programClasses, "one of the program's classes");
    }

    private static List<MemberRule> members(Set<String> allows, List<MemberRule> more) {
        for (String capability : allows) {
            if (!CAPABILITIES.contains(capability)) {
                throw new IllegalArgumentException("unknown capability '" + capability + "'; known: " + CAPABILITIES);
            }
        }
        List<MemberRule> members = new ArrayList<>(ALWAYS);
        if (!allows.contains(PROCESSES)) {
            members.addAll(PROCESS_APIS);
        }
        members.addAll(more);
        return members;
    }

    private static List<String> scan(Path classes, Rules rules, Set<String> reservedNames, String reservedFor) {
        JavaClasses imported = new ClassFileImporter().importPath(classes);
        Set<String> findings = new LinkedHashSet<>();
        for (JavaClass type : imported) {
            String outer = type.getName().replaceAll("\\$.*", "");
            if (reservedNames.contains(outer)) {
                findings.add(type.getName() + " has the name of " + reservedFor + ": rename it");
            }
            for (TypeRule rule : PACKAGES) { // JUnit's packages too, allowed or not: no class of ours lives there
                if ((type.getPackageName() + ".").startsWith(rule.name()) && !rule.name().startsWith("java.")) {
                    findings.add(type.getName() + " is in package " + type.getPackageName()
                            + ", which belongs to the grader or to JUnit: move it to your exercise's package");
                }
            }
            if (isClassLoader(type)) {
                findings.add(type.getName() + " is a class loader: class loaders can replace the tests");
            }
            for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                String owner = access.getTargetOwner().getName();
                for (MemberRule rule : rules.members()) {
                    if (owner.equals(rule.owner()) && access.getName().matches(rule.namePattern())) {
                        findings.add(access.getDescription() + ": not allowed, " + rule.why());
                    }
                }
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getName();
                for (TypeRule rule : rules.types()) {
                    if (rules.forbids(target, rule)) {
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
