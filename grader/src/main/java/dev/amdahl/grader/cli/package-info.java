/**
 * The {@code amdahl} command line, the entry point of every pipeline: {@link dev.amdahl.grader.cli.Main} hands the
 * arguments to picocli, one command class per subcommand ({@code grade}, {@code batch}, {@code gradebook},
 * {@code check}, {@code export-template}, {@code export-gradescope}). The options several commands share are
 * picocli mixins ({@code CourseOptions}, {@code LimitOptions}, {@code TimingOptions}, ...), each checked where it
 * is declared. A command that cannot go on throws a {@code CommandFailure}; {@code Main} prints it and
 * {@link dev.amdahl.grader.cli.ExitCodes} maps it to the exit code, once. {@code CompositionRoot} builds the
 * sandbox, the {@link dev.amdahl.grader.pipeline.Grader} and the timing lane for every command: it is the only
 * class that names the concrete sandboxes, and {@code Main} the only one that ends the JVM.
 */
package dev.amdahl.grader.cli;
