package dev.concord.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that say what to check and how: shared by every command that runs a check. */
final class CheckOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to check.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG",
            description = "Language of the checked text (BCP 47: fr, fr-CA, en-GB), for files that do not say theirs.")
    String lang;

    @Option(names = "--source-lang", paramLabel = "LANG", description = "Language of the source text.")
    String sourceLang;

    @Option(names = "--source", paramLabel = "FILE",
            description = "The source file that the one checked file translates: paragraph N of one pairs with paragraph N of the other.")
    Path source;

    @Option(names = "--termbase", paramLabel = "FILE",
            description = "A termbase to check terminology against: TBX, CSV or TSV (repeatable; termbases are merged).")
    List<Path> termbases = new ArrayList<>();

    @Option(names = "--no-grammar", description = "Do not run LanguageTool's grammar, style and spelling rules.")
    boolean noGrammar;

    @Option(names = {"-v", "--verbose"}, description = "Say what is done and how long it takes; show stack traces.")
    boolean verbose;
}
