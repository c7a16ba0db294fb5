package dev.concord.cli;

import dev.concord.InputException;
import dev.concord.Locales;
import dev.concord.grammar.GrammarSettings;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.pack.PackExamples;
import dev.concord.pack.PackRule;
import dev.concord.pack.RulePack;
import dev.concord.pack.RulePacks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code concord rules}: lists the rule packs' rules (id, pack, type, severity, description), and with
 * {@code --test} runs their examples, as a team does after writing rules of its own.
 */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = ConcordCommand.VersionProvider.class,
        description = {"Lists the rules of the rule packs (bundled, and those of --rules folders).",
            "With --test, runs the examples in the rule files: each incorrect example must be flagged by its rule"
                    + " alone, with its correction; no rule may flag a correct example."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the listing was printed, or every example passed",
            "1:an example failed (--test)",
            "2:usage error or broken rule file"})
final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG",
            description = "Only the rules that check text in this language (fr: the fr pack and en-fr, ru-fr...).")
    String lang;

    @Option(names = "--source-lang", paramLabel = "LANG",
            description = "Only monolingual rules and bilingual rules for sources in this language.")
    String sourceLang;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of rule packs to add to the bundled ones; repeatable.")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--test",
            description = "Run the examples: of the --rules folders' rules when some are given, else of the bundled ones.")
    boolean test;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String target;
        String source;
        try {
            target = lang == null ? null : Locales.parse(lang).getLanguage();
            source = sourceLang == null ? null : Locales.parse(sourceLang).getLanguage();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        RulePacks packs;
        try {
            packs = RulePacks.bundled().withFolders(ruleFolders);
        } catch (InputException e) {
            err.println(CheckRun.location(e) + ": error: " + e.detail());
            return ExitCodes.INPUT_ERROR;
        }
        Set<String> userFiles = ruleFolders.isEmpty() ? Set.of() : packs.rules().stream()
                .filter(r -> !r.file().startsWith("concord-rules/")).map(PackRule::file).collect(Collectors.toSet());
        Predicate<PackRule> selected = r -> (target == null || r.targetLanguage().split("-")[0].equals(target))
                && (source == null || r.sourceLanguage() == null || r.sourceLanguage().equals(source));
        if (test) {
            Predicate<PackRule> tested = ruleFolders.isEmpty() ? selected
                    : selected.and(r -> userFiles.contains(r.file()));
            return runExamples(packs, tested, out);
        }
        list(packs, selected, out);
        return ExitCodes.CLEAN;
    }

    private static void list(RulePacks packs, Predicate<PackRule> selected, PrintWriter out) {
        List<PackRule> rules = packs.rules().stream().filter(selected).toList();
        int idWidth = Math.max(2, rules.stream().mapToInt(r -> r.id().length()).max().orElse(2));
        int packWidth = Math.max(4, rules.stream().mapToInt(r -> r.pack().length()).max().orElse(4));
        int typeWidth = Math.max(4, rules.stream().mapToInt(r -> r.type().itsName().length()).max().orElse(4));
        String format = "%-" + idWidth + "s  %-" + packWidth + "s  %-" + typeWidth + "s  %-8s  %s%n";
        out.printf(Locale.ROOT, format, "ID", "PACK", "TYPE", "SEVERITY", "DESCRIPTION");
        for (PackRule r : rules) {
            String description = r.description() + (r.onByDefault() ? "" : " (off by default: --enable " + r.id() + ")");
            out.printf(Locale.ROOT, format, r.id(), r.pack(), r.type().itsName(), r.severity().label(), description);
        }
        List<String> packNames = packs.packs().stream()
                .filter(p -> p.rules().stream().anyMatch(selected)).map(RulePack::name).toList();
        out.printf(Locale.ROOT, "%d %s in %d %s (%s)%n", rules.size(), rules.size() == 1 ? "rule" : "rules",
                packNames.size(), packNames.size() == 1 ? "pack" : "packs", String.join(", ", packNames));
        out.flush();
    }

    private static int runExamples(RulePacks packs, Predicate<PackRule> tested, PrintWriter out) {
        LanguageToolPools pools = new LanguageToolPools(GrammarSettings.defaults(), packs);
        PackExamples.Outcome outcome = PackExamples.verify(packs, pools, tested);
        for (PackExamples.Failure f : outcome.failures()) {
            out.println(f + " [FAIL]");
        }
        for (String pack : outcome.skippedPacks()) {
            out.println("pack " + pack + ": not tested (no LanguageTool module for its languages)");
        }
        out.printf(Locale.ROOT, "%d %s, %d %s: %s%n", outcome.rules(), outcome.rules() == 1 ? "rule" : "rules",
                outcome.examples(), outcome.examples() == 1 ? "example" : "examples",
                outcome.passed() ? "all passed" : outcome.failures().size() + " failed");
        out.flush();
        return outcome.passed() ? ExitCodes.CLEAN : ExitCodes.ISSUES;
    }
}
