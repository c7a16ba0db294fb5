package dev.concord.cli;

import dev.concord.config.StarterConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code concord schema}: prints the JSON Schema of {@code .concord.yml}, for editors and validators. */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = ConcordCommand.VersionProvider.class,
        description = "Prints the JSON Schema of .concord.yml (for editors: save it and point yaml-language-server at it).")
final class SchemaCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(StarterConfig.schema());
        spec.commandLine().getOut().flush();
        return ExitCodes.CLEAN;
    }
}
