package dev.amdahl.exercises.processes;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The program the tests start: a small, predictable stand-in for a real command-line tool, written in
 * Java so the tests run wherever Java does. Started as {@code ChildProgram actions-from FOLDER NAME
 * [ARGUMENT...]}, it gets its actions from the test through FOLDER, never on its command line (see {@link Child}
 * for how and why), and does them in order: {@code out TEXT}, {@code err TEXT}, {@code exit CODE},
 * {@code flood BYTES}, {@code pwd}, {@code env NAME}, {@code sleep MILLIS}, {@code spawn-sleeper}, {@code arg N}
 * (prints the N-th ARGUMENT). Started as {@code ChildProgram sleep MILLIS}, it only sleeps.
 */
public final class ChildProgram {

    static final String ACTIONS_FROM = "actions-from";
    static final String ACTIONS = ".actions";
    static final String REFUSED = ".refused";
    /** How long the program waits for its actions; the tests answer within milliseconds. */
    private static final long WAIT_MILLIS = 30_000;

    private ChildProgram() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        if (args.length == 2 && args[0].equals("sleep")) {
            Thread.sleep(Long.parseLong(args[1]));
            return;
        }
        if (args.length < 3 || !args[0].equals(ACTIONS_FROM)) {
            err.println("ChildProgram: start me with a command from Child.command(...) in the tests");
            System.exit(125);
        }
        List<String> arguments = List.of(args).subList(3, args.length);
        List<String> actions = receiveActions(new File(args[1]), args[2], err);
        for (int i = 0; i < actions.size(); i++) {
            switch (actions.get(i)) {
                case "out" -> out.print(actions.get(++i));
                case "err" -> err.print(actions.get(++i));
                case "exit" -> System.exit(Integer.parseInt(actions.get(++i)));
                case "flood" -> flood(Integer.parseInt(actions.get(++i)), out, err);
                case "pwd" -> out.print(Path.of(System.getProperty("user.dir")).toRealPath());
                case "env" -> out.print(String.valueOf(System.getenv(actions.get(++i))));
                case "sleep" -> Thread.sleep(Long.parseLong(actions.get(++i)));
                case "spawn-sleeper" -> out.print(spawnSleeper() + "\n");
                case "arg" -> out.print(arguments.get(Integer.parseInt(actions.get(++i))));
                default -> throw new IllegalArgumentException("unknown action " + actions.get(i));
            }
        }
        out.flush();
        err.flush();
    }

    /** Says that this process is running, then waits until the tests hand it its actions (see {@link Child}). */
    private static List<String> receiveActions(File folder, String name, PrintStream err) throws Exception {
        // Cheap for a JVM that has just started, so that the handover costs it well under a millisecond:
        // java.io.File (loaded already), and no "+" on strings (its first use costs a fresh JVM tens of ms).
        String prefix = name.concat("-").concat(Long.toString(ownPid()));
        File ready = new File(folder, prefix.concat(".ready"));
        File actions = new File(folder, prefix.concat(ACTIONS));
        File refused = new File(folder, prefix.concat(REFUSED));
        if (!folder.isDirectory() || !ready.createNewFile()) {
            err.println("ChildProgram: the test that made this command has ended; each run needs a fresh "
                    + "command from Child.command(...)");
            System.exit(125);
        }
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        while (true) {
            if (actions.exists()) {
                List<String> received = readActions(actions);
                actions.delete();
                ready.delete();
                return received;
            }
            if (refused.exists()) {
                String why;
                try (InputStream in = new FileInputStream(refused)) {
                    why = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                err.println("ChildProgram: the tests gave this process nothing to do: " + why);
                refused.delete();
                ready.delete();
                System.exit(125);
            }
            if (System.nanoTime() > deadline) {
                err.println("ChildProgram: no test handed this process its actions within " + WAIT_MILLIS / 1000
                        + " s; was it started by the tests?");
                ready.delete();
                System.exit(125);
            }
            Thread.sleep(1);
        }
    }

    /** This process's pid: from /proc/self where there is one, as ProcessHandle costs a fresh JVM tens of ms. */
    private static long ownPid() {
        File self = new File("/proc/self");
        if (self.isDirectory()) {
            try {
                return Long.parseLong(self.getCanonicalFile().getName());
            } catch (IOException | NumberFormatException e) {
                // not Linux's /proc after all
            }
        }
        return ProcessHandle.current().pid();
    }

    /** Reads the actions that {@link Child} wrote. */
    static List<String> readActions(File file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(file)))) {
            int count = in.readInt();
            List<String> actions = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                actions.add(in.readUTF());
            }
            return actions;
        }
    }

    /** Writes {@code bytes} to stdout and to stderr, in turns: more than a pipe holds. */
    private static void flood(int bytes, OutputStream out, OutputStream err) throws Exception {
        byte[] o = "o".repeat(8192).getBytes(StandardCharsets.US_ASCII);
        byte[] e = "e".repeat(8192).getBytes(StandardCharsets.US_ASCII);
        for (int written = 0; written < bytes; written += 8192) {
            int n = Math.min(8192, bytes - written);
            out.write(o, 0, n);
            err.write(e, 0, n);
        }
    }

    /** Starts a grandchild that sleeps for ten minutes and returns its pid. */
    private static long spawnSleeper() throws Exception {
        Process sleeper = new ProcessBuilder(Child.sleeping(600_000))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return sleeper.pid();
    }
}
