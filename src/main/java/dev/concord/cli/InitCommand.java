package dev.concord.cli;

import dev.concord.config.ConfigFiles;
import dev.concord.config.StarterConfig;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code concord init}: writes a commented starter {@code .concord.yml}, never over an existing one. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = ConcordCommand.VersionProvider.class,
        description = "Writes a commented starter .concord.yml into a folder (the current one by default).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the file was written",
            "2:a config file is already there, or the folder cannot be written"})
final class InitCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FOLDER", description = "Where to write .concord.yml (default: here).")
    Path folder = Path.of("");

    @Override
    public Integer call() {
        for (String name : ConfigFiles.FILE_NAMES) {
            Path existing = folder.resolve(name);
            if (Files.exists(existing)) {
                spec.commandLine().getErr().println("concord: error: " + display(existing)
                        + " already exists: not overwritten");
                return ExitCodes.INPUT_ERROR;
            }
        }
        Path file = folder.resolve(ConfigFiles.FILE_NAMES.get(0));
        try {
            // Whole or not at all, and a file that appears meanwhile is not overwritten either.
            dev.concord.io.AtomicFile.create(file, StarterConfig.text());
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("concord: error: " + display(file) + " already exists: not overwritten");
            return ExitCodes.INPUT_ERROR;
        } catch (IOException e) {
            spec.commandLine().getErr().println("concord: error: cannot write " + display(file) + ": "
                    + dev.concord.io.IoErrors.describe(e));
            return ExitCodes.INPUT_ERROR;
        }
        spec.commandLine().getOut().println("concord: wrote " + display(file)
                + " (edit it, then run 'concord check')");
        return ExitCodes.CLEAN;
    }

    private static String display(Path p) {
        return ConfigFiles.display(p.toAbsolutePath().normalize());
    }
}
