package dev.concord.bench;

import com.ibm.icu.util.ULocale;
import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.grammar.LanguageToolLanguages;
import dev.concord.terms.Termbase;
import dev.concord.text.IcuTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.ResultCache;
import org.languagetool.UserConfig;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Concord's whole check with LanguageTool on, against LanguageTool alone on the same text, in one JVM for one
 * language (a worker of {@link BenchmarkSuite}). Every round generates a new news text of each size (so that no
 * cache holds it) and checks it with each variant, in an order that rotates from round to round:
 *
 * <ul>
 *   <li>{@code lt}: LanguageTool alone with its default rules and no result cache, built as Concord's pools build
 *       theirs (the termbase's words accepted by its spelling rules, as Concord's are), checking the text Concord
 *       gives LanguageTool (the document's paragraphs joined by blank lines);</li>
 *   <li>{@code lt-plain}: {@code new JLanguageTool(language)}, as a user of LanguageTool runs it out of the box (its
 *       speller also works out suggestions for the names and terms that Concord's accepts);</li>
 *   <li>{@code lt+cache}: the same with a {@code ResultCache} of 20,000 sentences, as Concord's pools build theirs,
 *       emptied before each check: what the cache costs while it fills;</li>
 *   <li>{@code concord}: {@code Checker.check} with every rule family on (LanguageTool, the bundled rule packs, names,
 *       regional variants, terminology with a generated termbase, QA), one thread, its LanguageTool result cache emptied
 *       first ({@code LanguageToolPools.clearCaches()}), the text's {@code Document} made inside the timing; then at
 *       once {@code concord-cached}, the same document checked again by the same checker, and {@code concord-edit},
 *       the document with one sentence of a middle paragraph rewritten.</li>
 * </ul>
 *
 * <p>Arguments, as {@code key=value}: {@code lang} (fr, en, de), {@code sizes} (comma-separated
 * {@code bytes[:rounds[:warm-up rounds]]}), {@code rounds} and {@code warmup} (the defaults), {@code terms} (termbase
 * entries), {@code extras} (which of {@code lt+cache} and {@code lt-plain} to run; empty for none) and
 * {@code extrasUpTo} (the largest size they run at). Prints {@link Measured} lines and {@code INFO} lines.
 */
public final class GrammarBench {
    private static final int CACHED_SENTENCES = 20_000;
    /** Above this size each check starts after a full garbage collection, so that one's garbage is not another's bill. */
    private static final int COLLECT_ABOVE = 10_000;

    private GrammarBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = arguments(args);
        String lang = a.getOrDefault("lang", "fr");
        int defaultRounds = Integer.parseInt(a.getOrDefault("rounds", "5"));
        int defaultWarmup = Integer.parseInt(a.getOrDefault("warmup", "1"));
        // bytes[:rounds[:warm-up rounds]], comma-separated
        List<int[]> sizes = List.of(a.getOrDefault("sizes", "2048").split(",")).stream().map(spec -> {
            String[] f = spec.split(":");
            return new int[] {Integer.parseInt(f[0]), f.length > 1 ? Integer.parseInt(f[1]) : defaultRounds,
                f.length > 2 ? Integer.parseInt(f[2]) : defaultWarmup};
        }).toList();
        int extrasUpTo = Integer.parseInt(a.getOrDefault("extrasUpTo", "65536"));
        int termEntries = Integer.parseInt(a.getOrDefault("terms", "1000"));
        List<String> extras = List.of(a.getOrDefault("extras", "lt+cache,lt-plain").split(",")).stream()
                .filter(x -> !x.isBlank()).toList();
        boolean cacheVariant = extras.contains("lt+cache");
        ULocale locale = ULocale.forLanguageTag(lang);
        Language language = LanguageToolLanguages.find(locale);

        Measured built = Measured.of(() -> {
            new JLanguageTool(language).check("Start.");
            return 1;
        });
        info("lt-first-object-ms", lang, built.wallNanos() / 1e6);
        String termText = NewsText.generate(lang, 50_000, 424242);
        Termbase termbase = Termbases.monolingual(termEntries, lang, IcuTokenizer.tokenize(termText, locale), 8);
        Checker concord = Checker.builder().targetLocale(lang).termbase(termbase).threads(1).build();
        // LanguageTool alone gets what Concord's pools give theirs: the termbase's words as accepted spellings (which
        // spares the speller its suggestions for those words), the same rules, and no cache (or an emptied one).
        JLanguageTool alone = languageTool(language, termbase.spellingWords(), null);
        ResultCache cache = new ResultCache(CACHED_SENTENCES);
        JLanguageTool aloneCached = cacheVariant ? languageTool(language, termbase.spellingWords(), cache) : null;
        JLanguageTool plain = extras.contains("lt-plain") ? new JLanguageTool(language) : null;
        Measured warm = Measured.of(() -> concord.check(Document.ofText("warm." + lang + ".txt", termText)).size());
        info("concord-first-check-ms", lang, warm.wallNanos() / 1e6);
        info("concord-rules", lang, concord.rules().size());
        info("termbase-entries", lang, termbase.size());
        info("accepted-words", lang, termbase.spellingWords().size());

        for (int s = 0; s < sizes.size(); s++) {
            int size = sizes.get(s)[0];
            int rounds = sizes.get(s)[1];
            int warmup = sizes.get(s)[2];
            List<String> variants = new ArrayList<>(List.of("lt"));
            if (size <= extrasUpTo) {
                variants.addAll(extras);
            }
            variants.add("concord");
            String bench = "grammar/" + lang + "/" + size;
            for (int round = -warmup; round < rounds; round++) {
                long seed = 1000L * (s + 1) + round + warmup;
                String text = NewsText.generate(lang, size, seed);
                String edited = editOneSentence(text, lang, seed);
                String ltText = Document.ofText("news." + lang + ".txt", text).units().stream().map(Unit::text)
                        .collect(Collectors.joining("\n\n"));
                for (int k = 0; k < variants.size(); k++) {
                    String variant = variants.get(Math.floorMod(round + k, variants.size()));
                    if (size > COLLECT_ABOVE) {
                        System.gc();
                    }
                    switch (variant) {
                        case "lt" -> report(bench, variant, round, Measured.of(() -> alone.check(ltText).size()));
                        case "lt-plain" -> report(bench, variant, round,
                                Measured.of(() -> plain.check(ltText).size()));
                        case "lt+cache" -> {
                            cache.getMatchesCache().invalidateAll();
                            cache.getSentenceCache().invalidateAll();
                            cache.getRemoteMatchesCache().invalidateAll();
                            report(bench, variant, round, Measured.of(() -> aloneCached.check(ltText).size()));
                        }
                        default -> {
                            concord.languageToolPools().clearCaches();
                            String name = "news." + lang + ".txt";
                            report(bench, "concord", round, Measured.of(
                                    () -> concord.check(Document.ofText(name, text)).size()));
                            report(bench, "concord-cached", round, Measured.of(
                                    () -> concord.check(Document.ofText(name, text)).size()));
                            report(bench, "concord-edit", round, Measured.of(
                                    () -> concord.check(Document.ofText(name, edited)).size()));
                        }
                    }
                }
            }
        }
        System.out.println("DONE");
        System.exit(0);
    }

    /** A LanguageTool object set up as Concord's pools set theirs up for a checker that accepts {@code words}. */
    private static JLanguageTool languageTool(Language language, Set<String> words, ResultCache cache) {
        List<String> single = words.stream().filter(w -> !w.isBlank() && !w.contains(" ")).sorted().toList();
        List<String> phrases = words.stream().filter(w -> w.contains(" ")).toList();
        JLanguageTool lt = new JLanguageTool(language, null, cache, new UserConfig(new ArrayList<>(single)));
        if (!phrases.isEmpty()) {
            for (SpellingCheckRule rule : lt.getAllSpellingCheckRules()) {
                rule.acceptPhrases(phrases);
            }
        }
        return lt;
    }

    /** The text with the first sentence of its middle paragraph replaced by another sentence of the same kind. */
    static String editOneSentence(String text, String lang, long seed) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
            starts.add(i + 2);
        }
        int start = starts.get(starts.size() / 2);
        int paragraphEnd = text.indexOf("\n\n", start);
        if (paragraphEnd < 0) {
            paragraphEnd = text.length();
        }
        int end = text.indexOf(". ", start);
        end = end < 0 || end > paragraphEnd ? paragraphEnd : end + 1;
        String sentence = NewsText.sentence(NewsText.bank(lang), new Random(seed * 31 + 7));
        return text.substring(0, start) + sentence + text.substring(end);
    }

    private static void report(String bench, String variant, int round, Measured m) {
        if (round >= 0) {
            System.out.println(m.line(bench, variant, round));
        }
    }

    private static void info(String key, String lang, double value) {
        System.out.println(String.format(Locale.ROOT, "INFO\t%s/%s\t%.1f", key, lang, value));
    }

    static Map<String, String> arguments(String[] args) {
        Map<String, String> m = new TreeMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            m.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return m;
    }
}
