package dev.concord.cli;

import dev.concord.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: its subcommands do the work. */
@Command(name = "concord",
        mixinStandardHelpOptions = true,
        versionProvider = ConcordCommand.VersionProvider.class,
        description = "Checks translated and multilingual text: grammar, terminology, consistency, mistranslations.",
        subcommands = {CheckCommand.class, BaselineCommand.class, TermsCommand.class, RulesCommand.class,
            InitCommand.class, SchemaCommand.class, LspCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above --fail-on",
            "1:issues at or above --fail-on",
            "2:usage, input or configuration error"})
final class ConcordCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try 'concord check FILE')");
    }

    static boolean verbose(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult sub = parseResult;
        while (sub != null) {
            if (sub.hasMatchedOption("--verbose")) {
                return true;
            }
            sub = sub.subcommand();
        }
        return false;
    }

    /** Prints Concord's and LanguageTool's versions. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"concord " + Version.concord() + " (LanguageTool " + Version.languageTool()
                    + ", Java " + System.getProperty("java.version") + ")"};
        }
    }
}
