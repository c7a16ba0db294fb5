package dev.concord.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that say what to check and how: shared by every command that runs a check. */
final class CheckOptions {
    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files or folders to check (default: the current folder, when a .concord.yml applies to it).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG",
            description = "Language of the checked text (BCP 47: fr, fr-CA, en-GB), for files that do not say theirs;"
                    + " overrides .concord.yml.")
    String lang;

    @Option(names = "--source-lang", paramLabel = "LANG", description = "Language of the source text.")
    String sourceLang;

    @Option(names = "--source", paramLabel = "FILE",
            description = "The source file that the one checked file translates: paragraph N of one pairs with paragraph N of the other.")
    Path source;

    @Option(names = "--stream-above", paramLabel = "MB", defaultValue = "32",
            description = "Read XLIFF and TMX files larger than this many megabytes in parts, in bounded memory "
                    + "(default: ${DEFAULT-VALUE}; 0 streams every such file).")
    long streamAboveMegabytes = 32;

    @Option(names = "--termbase", paramLabel = "FILE",
            description = "A termbase to check terminology against: TBX, CSV or TSV (repeatable; termbases are merged).")
    List<Path> termbases = new ArrayList<>();

    @Option(names = "--no-grammar",
            description = "Do not run LanguageTool's grammar, style and spelling rules (rule packs still run).")
    boolean noGrammar;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of rule packs (fr/*.xml, en-fr/*.xml) to run next to the bundled ones; repeatable.")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",",
            description = "Turn off a rule (pack.fr.CONSERVATEURS_MANIFESTATIONS), a pack (pack.fr) or a family (lt, pack); repeatable.")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",",
            description = "Turn on a rule that is off by default (pack.fr.ON_SAIT_QUE), or all of a pack's (pack.fr); repeatable.")
    List<String> enabled = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this config file for every checked file instead of looking for .concord.yml files.")
    Path config;

    @Option(names = "--no-config", description = "Ignore .concord.yml files.")
    boolean noConfig;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "How many files to check at once (default: one per processor core).")
    Integer threads;

    @Option(names = "--no-progress", description = "Never show a progress bar (it shows only on a terminal, outside CI, in long runs).")
    boolean noProgress;

    @Option(names = {"-v", "--verbose"}, description = "Say what is done and how long it takes; show stack traces.")
    boolean verbose;
}
