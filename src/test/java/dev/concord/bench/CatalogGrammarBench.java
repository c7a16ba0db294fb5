package dev.concord.bench;

import com.ibm.icu.util.ULocale;
import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import dev.concord.grammar.LanguageToolLanguages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.UserConfig;

/**
 * Grammar on, on a real translation catalog: Concord's whole check with its default rules against LanguageTool alone
 * on the same units, in one warm JVM (a worker of {@link BenchmarkSuite}). The catalog is read once with Concord's
 * reader (source English); each round the variants run in rotating order:
 *
 * <ul>
 *   <li>{@code lt}: LanguageTool alone, its default rules, no result cache, on the text Concord gives it (the units'
 *       targets joined by blank lines);</li>
 *   <li>{@code concord}: {@code Checker.check} of the catalog with every default rule family on (LanguageTool, the
 *       bundled packs, names, regional variants, QA against the source), one thread, its LanguageTool cache emptied
 *       first.</li>
 * </ul>
 *
 * <p>Arguments, as {@code key=value}: {@code file} (the catalog), {@code rounds}, {@code warmup}. Prints
 * {@link Measured} lines under the bench name {@code catalog/<file name>}.
 */
public final class CatalogGrammarBench {
    private CatalogGrammarBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = GrammarBench.arguments(args);
        Path file = Path.of(a.get("file"));
        int rounds = Integer.parseInt(a.getOrDefault("rounds", "5"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "2"));
        Document document = Formats.read(file, ReadOptions.defaults().withSourceLocale("en"));
        String lang = document.targetLocale();
        Language language = LanguageToolLanguages.find(ULocale.forLanguageTag(lang));
        Checker concord = Checker.builder().targetLocale(lang).sourceLocale("en").threads(1).build();
        JLanguageTool alone = new JLanguageTool(language, null, null, new UserConfig(new ArrayList<>()));
        String ltText = document.units().stream().map(Unit::text).collect(Collectors.joining("\n\n"));
        String bench = "catalog/" + file.getParent().getFileName() + "-" + file.getFileName();
        List<String> variants = List.of("lt", "concord");
        int[] counts = new int[2];
        for (int round = -warmup; round < rounds; round++) {
            for (int k = 0; k < variants.size(); k++) {
                String variant = variants.get(Math.floorMod(round + k, variants.size()));
                Measured m;
                if (variant.equals("lt")) {
                    m = Measured.of(() -> alone.check(ltText).size());
                } else {
                    concord.languageToolPools().clearCaches();
                    m = Measured.of(() -> concord.check(document).size());
                }
                if (round >= 0) {
                    System.out.println(m.line(bench, variant, round));
                }
            }
        }
        System.out.println(String.format(java.util.Locale.ROOT, "INFO\tunits/%s\t%d", bench,
                document.units().size()));
        System.out.println("DONE");
        System.exit(0);
    }
}
