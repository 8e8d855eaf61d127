/**
 * The {@code amdahl} command line, the entry point of every pipeline: {@link dev.amdahl.grader.cli.Main} hands the
 * arguments to picocli, one command class per subcommand ({@code grade}, {@code batch}, {@code gradebook},
 * {@code check}, {@code export-template}, {@code export-gradescope}) reads its options, builds the sandbox, the
 * {@link dev.amdahl.grader.pipeline.Grader} and the timing lane, and maps what happened to an exit code
 * ({@link dev.amdahl.grader.cli.ExitCodes}). This is the composition root: the only package that names the
 * concrete sandboxes and the only place that ends the JVM.
 */
package dev.amdahl.grader.cli;
