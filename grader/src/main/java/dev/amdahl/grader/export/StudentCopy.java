package dev.amdahl.grader.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import dev.amdahl.grader.io.Folders;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What a student gets: the grading API, the exercises (skeletons and tests) and a root build that runs the
 * tests against the skeletons. Nothing instructor-only (solutions, grader, samples) is copied.
 */
public final class StudentCopy {

    /** The modules of the root build a student keeps. */
    static final Set<String> STUDENT_MODULES = Set.of("grading-api", "exercises");
    private static final List<String> COPIED = List.of("grading-api", "exercises", ".mvn", "mvnw", "mvnw.cmd");
    /**
     * Plugins only the instructor's modules use: the style check of the course's own code (its configuration file is
     * not in a student's copy) and the shading of the grader's and the runner's jars.
     */
    private static final Set<String> INSTRUCTOR_PLUGINS = Set.of("maven-checkstyle-plugin", "maven-shade-plugin");

    private StudentCopy() {
    }

    /** Copies every exercise. */
    public static void write(Path repository, Path target) throws IOException {
        write(repository, target, Set.of());
    }

    /** Copies the exercises in {@code exerciseIds} (all of them when it is empty), and a build of just those. */
    public static void write(Path repository, Path target, Set<String> exerciseIds) throws IOException {
        Files.createDirectories(target);
        Path exercises = repository.resolve("exercises");
        for (String name : COPIED) {
            Path source = repository.resolve(name);
            if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                Folders.copy(source, target.resolve(name), folder -> !folder.getFileName().toString().equals("target")
                        // The grading API's own tests are the course's, not the student's to run.
                        && !(name.equals("grading-api") && source.relativize(folder).toString().replace('\\', '/')
                                .equals("src/test"))
                        && !(source.equals(exercises) && folder.getParent().equals(exercises)
                                && !exerciseIds.isEmpty() && !exerciseIds.contains(folder.getFileName().toString())));
            } else if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(source, target.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        if (!exerciseIds.isEmpty()) {
            writePom(exercises.resolve("pom.xml"), target.resolve("exercises/pom.xml"), exerciseIds::contains,
                    project -> { });
        }
        Path gradingApiPom = target.resolve("grading-api/pom.xml");
        if (Files.isRegularFile(gradingApiPom)) {
            rewritePom(gradingApiPom, gradingApiPom, project -> dropInstructorPlugins(project, "build"));
        }
        String studentPoms = studentPoms(target);
        // In the course repository the skeletons' tests are skipped (solutions/ runs them); here they run.
        writePom(repository.resolve("pom.xml"), target.resolve("pom.xml"), STUDENT_MODULES::contains, project -> {
            child(child(project, "properties"), "amdahl.exercises.skipTests").setTextContent("false");
            dropInstructorPlugins(project, "build", "pluginManagement"); // first: what they refer to goes too
            keepOnlyWhatStudentsUse(project, studentPoms);
        });
    }

    /** The text of every pom the student gets besides the root one: what decides what the root must keep. */
    private static String studentPoms(Path target) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String module : STUDENT_MODULES) {
            try (var files = Files.walk(target.resolve(module))) {
                for (Path pom : files.filter(file -> file.getFileName().toString().equals("pom.xml")).sorted()
                        .toList()) {
                    text.append(Files.readString(pom)).append('\n');
                }
            }
        }
        return text.toString();
    }

    /**
     * Drops from the root pom what only the instructor's modules use: managed versions of the grader's
     * dependencies (Docker, SQLite, JGit, ...), properties no kept part refers to (the red-team and Docker switches),
     * and the comments about them. A student's repository then shows nothing of the grading machinery, and nothing
     * the student could mistake for something to set.
     */
    private static void keepOnlyWhatStudentsUse(Element project, String studentPoms) throws IOException {
        Element managed = child(child(project, "dependencyManagement"), "dependencies");
        for (Element dependency : children(managed, "dependency")) {
            String groupId = text(dependency, "groupId");
            String artifactId = text(dependency, "artifactId");
            boolean bom = "import".equals(text(dependency, "scope"));
            boolean used = bom ? studentPoms.contains("<groupId>" + groupId) || studentPoms.contains(
                    "<groupId>" + groupId + ".") : studentPoms.contains("<artifactId>" + artifactId + "</artifactId>");
            if (!used) {
                remove(dependency);
            }
        }
        for (Node comment : comments(child(project, "modules"))) {
            comment.getParentNode().removeChild(comment); // "instructor-only from here on" names what is gone
        }
        Element properties = child(project, "properties");
        boolean removedAny = true;
        while (removedAny) { // a property may be referred to only by another one that goes
            removedAny = false;
            String kept = asText(project.getOwnerDocument()) + studentPoms;
            for (Element property : children(properties, "*")) {
                String name = property.getTagName();
                boolean implicit = name.startsWith("maven.") || name.startsWith("project.");
                if (!implicit && !kept.contains("${" + name + "}")) {
                    remove(property);
                    removedAny = true;
                }
            }
        }
    }

    /**
     * Removes the {@link #INSTRUCTOR_PLUGINS} from the plugins found under {@code project} along {@code path}, then
     * the elements of that path left empty (grading-api's whole build section).
     */
    private static void dropInstructorPlugins(Element project, String... path) {
        List<Element> trail = new ArrayList<>(List.of(project));
        for (String name : path) {
            List<Element> found = children(trail.getLast(), name);
            if (found.isEmpty()) {
                return;
            }
            trail.add(found.getFirst());
        }
        List<Element> plugins = children(trail.getLast(), "plugins");
        if (plugins.isEmpty()) {
            return;
        }
        trail.add(plugins.getFirst());
        for (Element plugin : children(trail.getLast(), "plugin")) {
            if (INSTRUCTOR_PLUGINS.contains(text(plugin, "artifactId"))) {
                remove(plugin);
            }
        }
        for (int i = trail.size() - 1; i > 0 && children(trail.get(i), "*").isEmpty(); i--) {
            remove(trail.get(i));
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element
                    && (name.equals("*") || element.getTagName().equals(name))) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Node> comments(Element parent) {
        List<Node> found = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.COMMENT_NODE) {
                found.add(children.item(i));
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.getFirst().getTextContent().strip();
    }

    /** Removes {@code element}, its indentation, and the comment just before it, which is about it. */
    private static void remove(Element element) {
        Node parent = element.getParentNode();
        Node previous = element.getPreviousSibling();
        parent.removeChild(element);
        if (blank(previous)) {
            Node comment = previous.getPreviousSibling();
            parent.removeChild(previous);
            if (comment != null && comment.getNodeType() == Node.COMMENT_NODE) {
                Node indentation = comment.getPreviousSibling();
                parent.removeChild(comment);
                if (blank(indentation)) {
                    parent.removeChild(indentation);
                }
            }
        }
    }

    private static boolean blank(Node node) {
        return node != null && node.getNodeType() == Node.TEXT_NODE && node.getTextContent().isBlank();
    }

    private static String asText(Document document) throws IOException {
        try {
            var writer = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document),
                    new StreamResult(writer));
            return writer.toString();
        } catch (TransformerException e) {
            throw new IOException("cannot read back the student's pom.xml: " + e.getMessage(), e);
        }
    }

    /** What else a pom needs changed. */
    private interface PomEdit {
        void apply(Element project) throws IOException;
    }

    /** Writes {@code pom} to {@code target} with only the modules that {@code keep} accepts. */
    private static void writePom(Path pom, Path target, Predicate<String> keep, PomEdit edit) throws IOException {
        rewritePom(pom, target, project -> {
            Element modules = child(project, "modules");
            NodeList moduleList = modules.getElementsByTagName("module");
            for (int i = moduleList.getLength() - 1; i >= 0; i--) {
                Node module = moduleList.item(i);
                if (!keep.test(module.getTextContent().strip())) {
                    modules.removeChild(module);
                }
            }
            edit.apply(project);
        });
    }

    /** Writes {@code pom} to {@code target} as {@code edit} changes it ({@code target} may be {@code pom}). */
    private static void rewritePom(Path pom, Path target, PomEdit edit) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            edit.apply(document.getDocumentElement());
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(target.toFile()));
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IOException("cannot write the student's " + target.getFileName() + " from " + pom + ": "
                    + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) throws IOException {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new IOException("the course pom.xml has no <" + name + "> in <" + parent.getTagName() + ">");
    }
}
