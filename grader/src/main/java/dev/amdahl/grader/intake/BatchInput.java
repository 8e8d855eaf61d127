package dev.amdahl.grader.intake;

import dev.amdahl.grader.io.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the submissions in what the instructor gives {@code amdahl batch}:
 * <ol>
 * <li>a folder of students' folders;</li>
 * <li>a folder of archives, as LMSs download them (the student is read from each name, see {@link StudentIds}),
 * or of per-student folders holding one archive or the files themselves (Moodle);</li>
 * <li>one .zip (or .tar.gz) of the above, unpacked into the scratch folder first;</li>
 * <li>a text file listing git repositories, one per line: {@code URL-or-path [commit]}; blank lines and lines
 * starting with {@code #} are ignored, relative paths are relative to the list.</li>
 * </ol>
 * Nothing is read beyond names here (except the outer archive); {@link Materializer} reads each submission.
 */
public final class BatchInput {

    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,40}");
    private static final long MAX_LIST_BYTES = 1024L * 1024;
    private static final String WHAT_TO_GIVE = "Give a folder holding one folder or archive per student, "
            + "a .zip of them, or a text file listing git repositories (one per line: URL-or-path [commit]).";

    private BatchInput() {
    }

    /**
     * Finds the submissions in {@code input}.
     *
     * @param scratch a folder the intake may use: an outer archive is unpacked there, and its candidates point into
     *                it, so it must outlive grading
     */
    public static Intake discover(Path input, Path scratch, IntakeLimits limits) throws IntakeException {
        if (Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS)) {
            return fromFolder(input, input.getFileName() + "/", "");
        }
        if (!Files.isRegularFile(input, LinkOption.NOFOLLOW_LINKS)) {
            throw new IntakeException(input + " is not a folder or a file (it does not exist, or is a link). "
                    + WHAT_TO_GIVE);
        }
        if (ArchiveUnpacker.isArchive(input)) {
            return fromClassArchive(input, scratch, limits);
        }
        return fromRepositoryList(input);
    }

    private static Intake fromClassArchive(Path archive, Path scratch, IntakeLimits limits) throws IntakeException {
        String name = archive.getFileName().toString();
        Path into;
        try {
            Files.createDirectories(scratch);
            into = Files.createTempDirectory(scratch, "class-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> notes;
        try {
            notes = new ArchiveUnpacker(limits.forClassArchive()).unpack(archive, into);
        } catch (UnusableSubmissionException e) {
            Folders.delete(into);
            throw new IntakeException(e.getMessage() + " " + WHAT_TO_GIVE, e);
        }
        Path folder = into;
        // An LMS zips its folder of submissions sometimes: step into a folder that is alone, unless it is the
        // only student's.
        for (int depth = 0; depth < 4; depth++) {
            List<Path> children = SubmissionRoot.children(folder);
            if (children.size() != 1 || !Files.isDirectory(children.getFirst(), LinkOption.NOFOLLOW_LINKS)
                    || SubmissionRoot.looksLikeCopy(children.getFirst())
                    || StudentIds.isLmsName(children.getFirst().getFileName().toString())) {
                break;
            }
            folder = children.getFirst();
        }
        String prefix = name + "/" + (folder.equals(into) ? "" : into.relativize(folder) + "/");
        Intake intake = fromFolder(folder, prefix, name);
        List<String> warnings = new ArrayList<>(intake.warnings());
        notes.forEach(note -> warnings.add(name + ": " + note));
        return new Intake(intake.candidates(), warnings);
    }

    /**
     * @param origin  how origins are spelled: the prefix before each entry's name
     * @param archive the class archive's name, or "" for a folder the instructor gave
     */
    private static Intake fromFolder(Path folder, String origin, String archive) throws IntakeException {
        String given = archive.isEmpty() ? folder.toString() : archive;
        if (SubmissionRoot.looksLikeCopy(folder)) {
            throw new IntakeException(given + " looks like one student's copy (it holds exercises/ or pom.xml), "
                    + "not a class. Grade one copy with `amdahl grade`; for a class, " + lowerFirst(WHAT_TO_GIVE));
        }
        List<Path> entries;
        try (var list = Files.list(folder)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            throw new IntakeException(given + " could not be read (" + e.getMessage() + ").", e);
        }
        List<Found> found = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int receipts = 0;
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String shown = origin + name;
            if (JunkFiles.isJunk(name) || name.startsWith(".")) {
                continue;
            }
            if (Files.isSymbolicLink(entry)) {
                warnings.add(shown + ": a link, skipped (links are never followed)");
            } else if (StudentIds.isMoodleOnlineText(name)) {
                warnings.add(shown + ": Moodle online text, not a submission, skipped");
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                found.add(studentFolder(entry, shown));
            } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && ArchiveUnpacker.isArchive(entry)) {
                found.add(new Found(StudentIds.fromName(name), new ArchiveSource(entry), shown, List.of()));
            } else if (StudentIds.isBlackboardReceipt(name)) {
                receipts++;
            } else {
                warnings.add(shown + ": not a submission, skipped");
            }
        }
        if (receipts > 0) {
            warnings.add(receipts + " Blackboard receipt" + (receipts == 1 ? "" : "s") + " (.txt) skipped");
        }
        if (found.isEmpty()) {
            throw new IntakeException(given + " holds no submissions. " + WHAT_TO_GIVE);
        }
        return register(found, warnings);
    }

    /** A student's folder: the one archive it holds (Moodle, "submissions in folders"), or the folder itself. */
    private static Found studentFolder(Path folder, String shown) {
        StudentIds.Parsed parsed = StudentIds.fromName(folder.getFileName().toString());
        List<Path> children = SubmissionRoot.children(folder);
        List<Path> archives = children.stream()
                .filter(child -> Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)
                        && ArchiveUnpacker.isArchive(child))
                .toList();
        if (children.size() == 1 && archives.size() == 1) {
            Path archive = archives.getFirst();
            return new Found(parsed, new ArchiveSource(archive), shown + "/" + archive.getFileName(), List.of());
        }
        List<String> notes = archives.isEmpty() ? List.of() : List.of("the folder holds " + archives.size()
                + " archive(s) beside other files; archives inside a submission are not unpacked: upload one archive");
        return new Found(parsed, new FolderSource(folder), shown, notes);
    }

    private static Intake fromRepositoryList(Path list) throws IntakeException {
        String text;
        try {
            if (Files.size(list) > MAX_LIST_BYTES) {
                throw new IntakeException(list + " is too large for a list of repositories. " + WHAT_TO_GIVE);
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(list)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IntakeException(list + " is neither an archive (.zip, .tar.gz, .tgz) nor a text list of "
                    + "repositories. " + WHAT_TO_GIVE, e);
        } catch (IOException e) {
            throw new IntakeException(list + " could not be read (" + e.getMessage() + ").", e);
        }
        Path base = list.toAbsolutePath().getParent();
        List<String> locations = new ArrayList<>();
        List<String> given = new ArrayList<>();
        List<Optional<String>> pins = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            if (words.length > 2 || (words.length == 2 && !COMMIT.matcher(words[1]).matches())
                    || line.indexOf('\0') >= 0) {
                throw new IntakeException(list + ", line " + (i + 1) + ": \"" + SafePaths.printable(line)
                        + "\" is not `URL-or-path [commit]` (a commit is 7 to 40 hex digits). Fix the line.");
            }
            given.add(words[0]);
            locations.add(isRemote(words[0]) ? words[0] : base.resolve(words[0]).normalize().toString());
            pins.add(words.length == 2 ? Optional.of(words[1].toLowerCase(Locale.ROOT)) : Optional.empty());
        }
        if (locations.isEmpty()) {
            throw new IntakeException(list + " lists no repositories. " + WHAT_TO_GIVE);
        }
        List<String> ids = StudentIds.fromRepositories(locations);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            found.add(new Found(new StudentIds.Parsed(ids.get(i), ids.get(i)),
                    new GitSource(locations.get(i), pins.get(i)), given.get(i), List.of()));
        }
        return register(found, new ArrayList<>());
    }

    /** A URL ({@code https://}, {@code file://}, ...) or an scp-like address ({@code git@host:org/repo}). */
    private static boolean isRemote(String location) {
        return location.contains("://") || location.matches("^[^/]+@[^/:]+:.*");
    }

    /** One submission before its id is made unique. */
    private record Found(StudentIds.Parsed parsed, Source source, String origin, List<String> notes) {
    }

    /**
     * Gives each submission a unique id: when two share one (ignoring case, as some file systems do), the later in
     * name order gets -2, -3, ... and the instructor is warned; then orders them by id.
     */
    private static Intake register(List<Found> found, List<String> warnings) {
        List<Found> byOrigin = found.stream().sorted(Comparator.comparing(Found::origin)).toList();
        Map<String, Found> taken = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Found one : byOrigin) {
            String id = one.parsed().id();
            Found first = taken.get(key(id));
            if (first != null) {
                int suffix = 2;
                while (taken.containsKey(key(id + "-" + suffix))) {
                    suffix++;
                }
                String unique = id + "-" + suffix;
                warnings.add(first.origin() + " and " + one.origin() + " both belong to " + id + "; the second is "
                        + "graded as " + unique + ". Keep the right one and regrade.");
                id = unique;
            }
            taken.put(key(id), one);
            List<String> notes = new ArrayList<>(one.parsed().notes());
            notes.addAll(one.notes());
            String name = one.parsed().name().isBlank() ? id : one.parsed().name();
            candidates.add(new Candidate(new Registration(id, name, one.parsed().lmsId(), one.origin()),
                    one.source(), notes));
        }
        candidates.sort(Comparator.comparing(candidate -> candidate.registration().student()));
        return new Intake(candidates, warnings);
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
