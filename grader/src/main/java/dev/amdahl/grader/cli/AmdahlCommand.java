package dev.amdahl.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "amdahl",
        description = "Grades parallel-programming exercises in a Docker sandbox.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR,
        subcommands = {GradeCommand.class, BatchCommand.class, GradebookCommand.class, CheckCommand.class,
            ExportTemplateCommand.class, ExportGradescopeCommand.class, ExportClassroom50Command.class,
            GradescopeStageCommand.class,
            CommandLine.HelpCommand.class})
final class AmdahlCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
