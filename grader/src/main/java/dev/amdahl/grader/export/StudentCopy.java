package dev.amdahl.grader.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import dev.amdahl.grader.io.Folders;
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
        // In the course repository the skeletons' tests are skipped (solutions/ runs them); here they run.
        writePom(repository.resolve("pom.xml"), target.resolve("pom.xml"), STUDENT_MODULES::contains,
                project -> child(child(project, "properties"), "amdahl.exercises.skipTests").setTextContent("false"));
        if (!exerciseIds.isEmpty()) {
            writePom(exercises.resolve("pom.xml"), target.resolve("exercises/pom.xml"), exerciseIds::contains,
                    project -> { });
        }
    }

    /** What else a pom needs changed. */
    private interface PomEdit {
        void apply(Element project) throws IOException;
    }

    /** Writes {@code pom} to {@code target} with only the modules that {@code keep} accepts. */
    private static void writePom(Path pom, Path target, Predicate<String> keep, PomEdit edit) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            Element project = document.getDocumentElement();
            Element modules = child(project, "modules");
            NodeList moduleList = modules.getElementsByTagName("module");
            for (int i = moduleList.getLength() - 1; i >= 0; i--) {
                Node module = moduleList.item(i);
                if (!keep.test(module.getTextContent().strip())) {
                    modules.removeChild(module);
                }
            }
            edit.apply(project);
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
