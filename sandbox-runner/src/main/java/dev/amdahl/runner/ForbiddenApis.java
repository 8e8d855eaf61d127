package dev.amdahl.runner;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks submitted code against the list of Java APIs it may use, in its compiled classes, before any of them
 * runs. Each finding names the place (class, method, line) and why the API is not allowed.
 *
 * <p>This is an allowlist: code may use its own classes and the parts of the JDK named here, and nothing else.
 * So a gateway nobody thought of ({@code java.beans} making reflective calls on the caller's behalf, JMX,
 * scripting, JNDI, serialization, {@code jdk.jshell}, ...) is refused because it is not on the list, not because
 * it is on another. Every exercise may use: {@code java.lang} (without reflection, class loaders, modules,
 * process-wide controls such as exiting, native libraries, standard streams and system properties, and without
 * processes), {@code java.lang.annotation}, {@code java.lang.ref}, {@code java.util} with its
 * {@code function}, {@code stream}, {@code regex}, {@code concurrent} (without field updaters), {@code random}
 * and {@code zip} packages (without service loaders and resource bundles, which load classes by name),
 * {@code java.time}, {@code java.math}, {@code java.text}, {@code java.nio} buffers and charsets,
 * {@code java.io} streams, readers and writers (without serialization and files), and {@code java.nio.file.Path}.
 * An exercise adds what it is about by a capability in its {@code sandbox.properties}: {@value #PROCESSES}
 * (start, inspect and kill processes) or {@value #FILES} (read and write files: {@code java.nio.file},
 * {@code java.io.File} and its streams).
 *
 * <p>A student's tests ({@link #checkStudentTests}) are held to the same list, plus what JUnit offers for
 * writing tests and the program's own classes; and, so that they judge what the program does and not its code,
 * they may not read class files or ask where code came from.
 */
public final class ForbiddenApis {

    /** Capability: start, inspect and kill processes. */
    public static final String PROCESSES = "processes";
    /** Capability: read and write files. */
    public static final String FILES = "files";
    public static final Set<String> CAPABILITIES = Set.of(PROCESSES, FILES);

    /** A package (when {@code name} ends with a dot) or a class with its nested classes. */
    private record TypeRule(String name, String why) {
        boolean matches(String type) {
            return name.endsWith(".") ? type.startsWith(name) : type.equals(name) || type.startsWith(name + "$");
        }
    }

    /** Members of {@code owner} whose names match {@code namePattern}. */
    private record MemberRule(String owner, String namePattern, String why) {
        boolean matches(String type, String member) {
            return (type.equals(owner) || type.startsWith(owner + "$")) && member.matches(namePattern);
        }
    }

    /** What one kind of code is checked against. */
    private record Rules(Set<String> packages, List<TypeRule> classes, List<TypeRule> deniedTypes,
            List<MemberRule> deniedMembers, boolean files, Set<String> ownTopLevel) {

        /** Why {@code type} may not be used at all, or empty if it may. */
        Optional<String> typeProblem(String type, JavaClasses own) {
            if (own.contain(type) || ownTopLevel.contains(type.replaceAll("\\$.*", ""))) {
                return Optional.empty();
            }
            if (classes.stream().anyMatch(rule -> rule.matches(type))) {
                return Optional.empty();
            }
            for (TypeRule rule : deniedTypes) {
                if (rule.matches(type)) {
                    return Optional.of(rule.why());
                }
            }
            return packages.contains(packageOf(type)) ? Optional.empty() : Optional.of(reasonFor(type));
        }
    }

    private static final String GRADER = "the grader's own code is off limits";
    private static final String GRADER_LIBRARIES = "the grader's own libraries are off limits";
    private static final String JUNIT = "JUnit runs the tests; submitted code may not use or change it";
    private static final String REFLECTION = "reflection can reach into the tests and the test runner";
    private static final String READS_CODE = "tests must judge what the program does, not read its class files";
    private static final String NOT_LISTED = "it is not on the list of Java APIs this exercise may use "
            + "(java.lang, java.util, java.time, java.math, java.text, java.io streams and what the exercise "
            + "adds); see \"What your code may use\" in the course README";
    private static final String PROCESS_WIDE = "it changes the whole JVM that runs the tests";
    private static final String NO_PROCESSES = "this exercise does not start or stop processes";
    private static final String NO_FILES = "this exercise does not read or write files";
    private static final String BY_NAME = "it loads classes by name, which can reach into the tests";
    private static final String SERIALIZATION = "serialization can build objects of the tests' and the runner's "
            + "classes";

    /** Packages every exercise may use, whole (but for the denied types and members below). */
    private static final Set<String> BASE_PACKAGES = Set.of(
            "java.lang", "java.lang.annotation", "java.lang.ref", "java.lang.runtime",
            "java.util", "java.util.function", "java.util.stream", "java.util.regex", "java.util.random",
            "java.util.concurrent", "java.util.concurrent.atomic", "java.util.concurrent.locks", "java.util.zip",
            "java.time", "java.time.format", "java.time.temporal", "java.time.chrono", "java.time.zone",
            "java.math", "java.text", "java.io", "java.nio", "java.nio.charset");

    /** Classes every exercise may use from packages it may not use whole: paths are names, not files. */
    private static final List<TypeRule> BASE_CLASSES = List.of(
            new TypeRule("java.nio.file.Path", ""), new TypeRule("java.nio.file.Paths", ""),
            new TypeRule("java.nio.file.InvalidPathException", ""),
            new TypeRule("java.nio.file.NoSuchFileException", ""),
            new TypeRule("java.nio.file.FileSystemException", ""));

    /** Within what {@link #BASE_PACKAGES} allows, always off limits: reasons for the messages. */
    private static final List<TypeRule> ALWAYS_DENIED = List.of(
            new TypeRule("java.lang.ClassLoader", "class loaders can replace the tests"),
            new TypeRule("java.lang.Module", "modules can open the tests to reflection"),
            new TypeRule("java.lang.ModuleLayer", "module layers can replace the tests"),
            new TypeRule("java.lang.Package", "packages list the classes of the tests"),
            new TypeRule("java.lang.SecurityManager", PROCESS_WIDE),
            new TypeRule("java.lang.System$Logger", PROCESS_WIDE),
            new TypeRule("java.lang.System$LoggerFinder", PROCESS_WIDE),
            new TypeRule("java.lang.invoke.", "method handles can reach into the tests and the test runner"),
            new TypeRule("java.lang.reflect.", REFLECTION),
            new TypeRule("java.lang.instrument.", "agents can rewrite the tests"),
            new TypeRule("java.lang.management.", "management APIs can load agents into the JVM that runs the tests"),
            new TypeRule("java.lang.foreign.", "foreign memory and native calls get around Java's safety"),
            new TypeRule("java.util.ServiceLoader", BY_NAME),
            new TypeRule("java.util.ResourceBundle", BY_NAME),
            new TypeRule("java.util.PropertyResourceBundle", BY_NAME),
            new TypeRule("java.util.ListResourceBundle", BY_NAME),
            new TypeRule("java.util.concurrent.atomic.AtomicIntegerFieldUpdater", REFLECTION),
            new TypeRule("java.util.concurrent.atomic.AtomicLongFieldUpdater", REFLECTION),
            new TypeRule("java.util.concurrent.atomic.AtomicReferenceFieldUpdater", REFLECTION),
            new TypeRule("java.io.ObjectInputStream", SERIALIZATION),
            new TypeRule("java.io.ObjectOutputStream", SERIALIZATION),
            new TypeRule("java.io.ObjectInputFilter", SERIALIZATION),
            new TypeRule("java.io.ObjectStreamClass", SERIALIZATION),
            new TypeRule("java.io.Console", PROCESS_WIDE),
            new TypeRule("com.sun.tools.attach.", "attaching to a JVM can rewrite the tests"),
            new TypeRule("sun.", "internal JDK APIs (Unsafe among them) get around Java's safety"),
            new TypeRule("jdk.internal.", "internal JDK APIs get around Java's safety"),
            new TypeRule("java.beans.", "java.beans makes reflective calls on the caller's behalf"),
            new TypeRule("javax.script.", "scripting engines run code the checks never saw"),
            new TypeRule("jdk.jshell.", "JShell runs code the checks never saw"),
            new TypeRule("javax.management.", "management APIs can load agents into the JVM that runs the tests"),
            new TypeRule("com.sun.management.", "management APIs can load agents into the JVM that runs the tests"),
            new TypeRule("javax.naming.", "JNDI loads classes by name"),
            new TypeRule("dev.amdahl.grading.", GRADER),
            new TypeRule("dev.amdahl.runner.", GRADER),
            new TypeRule("dev.amdahl.grader.", GRADER),
            new TypeRule("org.junit.", JUNIT),
            new TypeRule("org.opentest4j.", JUNIT),
            new TypeRule("org.apiguardian.", JUNIT),
            new TypeRule("com.fasterxml.jackson.", GRADER_LIBRARIES),
            new TypeRule("com.tngtech.archunit.", GRADER_LIBRARIES),
            new TypeRule("org.jacoco.", GRADER_LIBRARIES),
            new TypeRule("org.objectweb.asm.", GRADER_LIBRARIES));

    /** Packages no submitted class may be placed in. */
    private static final List<String> RESERVED_PACKAGES = List.of("dev.amdahl.grading.", "dev.amdahl.runner.",
            "dev.amdahl.grader.", "org.junit.", "org.opentest4j.", "org.apiguardian.", "com.fasterxml.jackson.",
            "com.tngtech.archunit.", "org.jacoco.", "org.objectweb.asm.");

    private static final List<TypeRule> PROCESS_TYPES = List.of(
            new TypeRule("java.lang.ProcessBuilder", NO_PROCESSES),
            new TypeRule("java.lang.ProcessHandle", NO_PROCESSES),
            new TypeRule("java.lang.Process", NO_PROCESSES));

    private static final List<TypeRule> FILE_TYPES = List.of(
            new TypeRule("java.io.File", NO_FILES),
            new TypeRule("java.io.FileInputStream", NO_FILES),
            new TypeRule("java.io.FileOutputStream", NO_FILES),
            new TypeRule("java.io.FileReader", NO_FILES),
            new TypeRule("java.io.FileWriter", NO_FILES),
            new TypeRule("java.io.RandomAccessFile", NO_FILES),
            new TypeRule("java.io.FileFilter", NO_FILES),
            new TypeRule("java.io.FilenameFilter", NO_FILES));

    private static final List<MemberRule> ALWAYS = List.of(
            new MemberRule("java.lang.System", "exit", "it ends the JVM that runs the tests"),
            new MemberRule("java.lang.Runtime", "exit|halt", "it ends the JVM that runs the tests"),
            new MemberRule("java.lang.System", "load|loadLibrary|mapLibraryName",
                    "native code gets around Java's safety"),
            new MemberRule("java.lang.Runtime", "load|loadLibrary", "native code gets around Java's safety"),
            new MemberRule("java.lang.System", "setIn|setOut|setErr|setProperty|setProperties|clearProperty|getLogger"
                    + "|console|inheritedChannel|setSecurityManager|getSecurityManager", PROCESS_WIDE),
            new MemberRule("java.lang.Class", "forName|getDeclared.*|getMethods?|getFields?|getConstructors?"
                    + "|getRecordComponents|newInstance|getClassLoader|getModule|getNestHost|getNestMembers"
                    + "|getPermittedSubclasses|getEnclosing.*|getDeclaringClass|getSuperclass|getInterfaces"
                    + "|getGeneric.*|getAnnotation.*|getResource.*|getProtectionDomain|getPackage|getSigners"
                    + "|getEnumConstants|getClasses|getAnnotatedSuperclass|getAnnotatedInterfaces|getNestHost"
                    + "|forPrimitiveName|describeConstable|isSealed|isHidden|isSynthetic|getPackageName",
                    REFLECTION),
            new MemberRule("java.lang.Thread", "getContextClassLoader|setContextClassLoader",
                    "class loaders can replace the tests"),
            new MemberRule("java.lang.Thread", "setDefaultUncaughtExceptionHandler", PROCESS_WIDE));

    private static final List<MemberRule> PROCESS_MEMBERS = List.of(
            new MemberRule("java.lang.Runtime", "exec", NO_PROCESSES));

    /** What of JUnit a student's tests may use: what writes tests, not what runs them. */
    private static final List<TypeRule> TEST_WRITING = List.of(new TypeRule("org.junit.jupiter.api.", ""),
            new TypeRule("org.junit.jupiter.params.", ""), new TypeRule("org.opentest4j.", ""),
            new TypeRule("org.apiguardian.", ""));

    private static final List<TypeRule> TEST_TYPES = List.of(
            new TypeRule("java.security.CodeSource", READS_CODE),
            new TypeRule("java.security.ProtectionDomain", READS_CODE),
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
        return scan(classes, rules(allows, List.of(), List.of(), List.of(), Set.of()), reservedNames,
                "one of the tests' own classes");
    }

    /**
     * Every forbidden use in a student's compiled tests under {@code testClasses}: what {@link #check} forbids,
     * except JUnit's API for writing tests ({@code org.junit.jupiter.api}, {@code org.junit.jupiter.params},
     * opentest4j, apiguardian) and the program's classes ({@code programClasses}, top-level names); and also
     * reading class files or where classes came from (resources, protection domains, code sources, packages, the
     * call stack). No test class may be named like one of the program's top-level classes, which it would hide.
     */
    public static List<String> checkStudentTests(Path testClasses, Set<String> allows, Set<String> programClasses) {
        return scan(testClasses, rules(allows, TEST_WRITING, TEST_TYPES, TEST_MEMBERS, programClasses),
                programClasses, "one of the program's classes");
    }

    private static Rules rules(Set<String> allows, List<TypeRule> moreClasses, List<TypeRule> moreDenied,
            List<MemberRule> moreMembers, Set<String> ownTopLevel) {
        for (String capability : allows) {
            if (!CAPABILITIES.contains(capability)) {
                throw new IllegalArgumentException("unknown capability '" + capability + "'; known: "
                        + CAPABILITIES.stream().sorted().toList());
            }
        }
        boolean files = allows.contains(FILES);
        Set<String> packages = new java.util.HashSet<>(BASE_PACKAGES);
        if (files) {
            packages.add("java.nio.file");
            packages.add("java.nio.file.attribute");
        }
        List<TypeRule> denied = new ArrayList<>(moreDenied); // first: their reasons are the more precise
        denied.addAll(ALWAYS_DENIED);
        if (!allows.contains(PROCESSES)) {
            denied.addAll(PROCESS_TYPES);
        }
        if (!files) {
            denied.addAll(FILE_TYPES);
        }
        List<TypeRule> classes = new ArrayList<>(BASE_CLASSES);
        classes.addAll(moreClasses);
        List<MemberRule> members = new ArrayList<>(ALWAYS);
        if (!allows.contains(PROCESSES)) {
            members.addAll(PROCESS_MEMBERS);
        }
        members.addAll(moreMembers);
        return new Rules(Set.copyOf(packages), List.copyOf(classes), List.copyOf(denied), List.copyOf(members), files,
                Set.copyOf(ownTopLevel));
    }

    private static List<String> scan(Path classes, Rules rules, Set<String> reservedNames, String reservedFor) {
        JavaClasses imported = importAlone(classes);
        Set<String> findings = new LinkedHashSet<>();
        for (JavaClass type : imported) {
            String outer = type.getName().replaceAll("\\$.*", "");
            if (reservedNames.contains(outer)) {
                findings.add(type.getName() + " has the name of " + reservedFor + ": rename it");
            }
            for (String reserved : RESERVED_PACKAGES) {
                if ((type.getPackageName() + ".").startsWith(reserved)) {
                    findings.add(type.getName() + " is in package " + type.getPackageName()
                            + ", which belongs to the grader or to JUnit: move it to your exercise's package");
                }
            }
            if (isClassLoader(type)) {
                findings.add(type.getName() + " is a class loader: class loaders can replace the tests");
            }
            for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                String owner = access.getTargetOwner().getName();
                for (MemberRule rule : rules.deniedMembers()) {
                    if (rule.matches(owner, access.getName())) {
                        findings.add(access.getDescription() + ": not allowed, " + rule.why());
                    }
                }
                if (!rules.files() && opensAFileByName(owner, access)) {
                    findings.add(access.getDescription() + ": not allowed, " + NO_FILES);
                }
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String target = elementType(dependency.getTargetClass().getName());
                if (target.isEmpty()) {
                    continue; // a primitive, or an array of them
                }
                Optional<String> problem = rules.typeProblem(target, imported);
                if (problem.isPresent()) {
                    findings.add(dependency.getDescription() + ": not allowed, " + problem.get());
                } else if (isClassLoaderName(target) && !isClassLoader(type)) {
                    findings.add(dependency.getDescription() + ": not allowed, class loaders can replace the tests");
                }
            }
        }
        return List.copyOf(findings);
    }

    /**
     * The classes under {@code classes}, and nothing else: every rule here goes by the names in their own class files
     * (the types they use, the owners and names of what they call, their superclasses' names), so the JDK's classes
     * they refer to need not be imported too, which took most of the check's time. ArchUnit's setting is global, so
     * it is put back at once: the structure rules that run later in this JVM resolve the JDK's classes as usual.
     */
    private static JavaClasses importAlone(Path classes) {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().importPath(classes);
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    /**
     * Constructors of allowed classes that open a file by its name: {@code new PrintStream("out.txt")},
     * {@code new PrintWriter(file)}, {@code new Formatter("x")}, {@code new Scanner(path)}.
     */
    private static boolean opensAFileByName(String owner, JavaAccess<?> access) {
        if (!access.getName().equals(JavaConstructor.CONSTRUCTOR_NAME)
                || !(access.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget
                        target)) {
            return false;
        }
        List<String> parameters = target.getRawParameterTypes().stream().map(JavaClass::getName).toList();
        if (parameters.isEmpty()) {
            return false;
        }
        String first = parameters.get(0);
        boolean fileOrPath = first.equals("java.io.File") || first.equals("java.nio.file.Path");
        return switch (owner) {
            case "java.io.PrintStream", "java.io.PrintWriter", "java.util.Formatter" ->
                    fileOrPath || first.equals("java.lang.String");
            case "java.util.Scanner" -> fileOrPath;
            default -> false;
        };
    }

    /** {@code java.lang.String[][]} is {@code java.lang.String}; a primitive (array) is empty. */
    private static String elementType(String name) {
        String element = name.replace("[]", "");
        if (element.startsWith("[")) { // a descriptor: [I, [Ljava.lang.String;
            element = element.replaceAll("^\\[+", "");
            element = element.startsWith("L") ? element.substring(1, element.length() - 1) : "";
        }
        return element.contains(".") ? element : "";
    }

    private static String packageOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "" : type.substring(0, dot);
    }

    /** The reason a type outside the list is refused: the old, precise one where there is one. */
    private static String reasonFor(String type) {
        if (type.startsWith("java.nio.file.") || type.startsWith("java.nio.channels.")) {
            return NO_FILES;
        }
        if (type.startsWith("java.net.") || type.startsWith("javax.net.")) {
            return "the sandbox has no network, and this exercise needs none";
        }
        return NOT_LISTED;
    }

    private static boolean isClassLoader(JavaClass type) {
        return type.getAllRawSuperclasses().stream().anyMatch(s -> s.getName().equals("java.lang.ClassLoader"));
    }

    private static boolean isClassLoaderName(String name) {
        return name.startsWith("java.") && name.toLowerCase(Locale.ROOT).endsWith("classloader");
    }

    /** The capabilities, for messages. */
    static String capabilities() {
        return CAPABILITIES.stream().sorted().collect(Collectors.joining(", "));
    }
}
