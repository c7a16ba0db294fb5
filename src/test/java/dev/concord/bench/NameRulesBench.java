package dev.concord.bench;

import com.ibm.icu.util.ULocale;
import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.grammar.LanguageToolAnalyzer;
import dev.concord.names.ForeignRomanizationRule;
import dev.concord.names.InconsistentNameRule;
import dev.concord.names.MixedScriptRule;
import dev.concord.names.NameTable;
import dev.concord.rule.Finding;
import dev.concord.rule.RuleContext;
import dev.concord.rule.RuleSetup;
import dev.concord.rule.TextAnalyzer;
import dev.concord.rule.Token;
import dev.concord.Unit;
import dev.concord.variants.RegionalVariantRule;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The rules of issue 4 on a generated French text of 256 KB or 1 MB (news-like sentences full of names, with
 * transliteration variants, foreign spellings, look-alike letters and Québec words), warm. LanguageTool's analysis
 * (tokens, lemmas, tags) is computed once in the setup, as a check computes it once for all rules; what is measured is
 * the rules themselves, each run on a fresh RuleContext so that nothing is memoised between runs.
 *
 * <p>Run: {@code ./mvnw -q test-compile && ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=target/cp.txt && java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.openjdk.jmh.Main NameRulesBench -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class NameRulesBench {
    @Param({"262144", "1048576"})
    public int size;

    private Document document;
    private TextAnalyzer analyzed;
    private final RuleSetup setup = new RuleSetup() {
        @Override
        public <T> Optional<T> component(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public Map<String, String> options() {
            return Map.of();
        }
    };
    private final InconsistentNameRule inconsistent = new InconsistentNameRule();
    private final ForeignRomanizationRule foreign = new ForeignRomanizationRule();
    private final MixedScriptRule mixed = new MixedScriptRule();
    private final RegionalVariantRule variant = new RegionalVariantRule();

    @Setup(Level.Trial)
    public void setUp() {
        String text = generate(size, new Random(42));
        document = Document.ofText("bench.fr.txt", text).withTargetLocale("fr");
        LanguageToolAnalyzer lt = new LanguageToolAnalyzer(
                Checker.builder().grammar(false).build().languageToolPools());
        ULocale fr = new ULocale("fr");
        Map<String, List<Token>> tokens = new IdentityHashMap<>();
        for (Unit u : document.units()) {
            tokens.put(u.text(), lt.analyze(u.text(), fr));
        }
        analyzed = (t, locale) -> {
            List<Token> known = tokens.get(t);
            return known != null ? known : lt.analyze(t, locale);
        };
        NameTable.bundled();
    }

    private RuleContext context() {
        return new RuleContext(setup, analyzed, new ULocale("fr"), null);
    }

    @Benchmark
    public int nameRules() {
        RuleContext context = context();
        List<Finding> out = new ArrayList<>();
        inconsistent.check(List.of(document), context, out::add);
        foreign.check(List.of(document), context, out::add);
        return out.size();
    }

    @Benchmark
    public int mixedScript() {
        RuleContext context = context();
        List<Finding> out = new ArrayList<>();
        for (Unit u : document.units()) {
            mixed.check(document, u, context, out::add);
        }
        return out.size();
    }

    @Benchmark
    public int regionalVariants() {
        RuleContext context = context();
        List<Finding> out = new ArrayList<>();
        variant.check(List.of(document), context, out::add);
        return out.size();
    }

    @Benchmark
    public int allFour() {
        return nameRules() + mixedScript() + regionalVariants();
    }

    private static final String[] NAMES = {"Tokaïev", "Tokaïev", "Tokaïev", "Tokayev", "Noursoultan Nazarbaïev",
        "Poutine", "Poutine", "Putin", "Zelensky", "Zelenskyy", "Loukachenko", "Lukashenko", "Moscou", "Kiev", "Kyiv",
        "Astana", "Almaty", "Kharkiv", "Marioupol", "Donetsk", "Sergueï Lavrov", "Sergueï Choïgou", "Medvedev",
        "Erdogan", "Netanyahou", "Khamenei", "Téhéran", "Bagdad", "Damas", "Bachar el-Assad", "Pékin", "Xi Jinping",
        "Macron", "Scholz", "Biden", "Guerassimov", "Guerassinov", "Tokay\u0435v", "Washington", "Bruxelles"};
    private static final String[] WORDS = ("le la les un une des de du et à en pour sur avec dans par président "
            + "gouvernement manifestation rassemblement élection ministre pays capitale réunion accord guerre paix "
            + "frontière armée économie sanctions déclaration journalistes opposition citoyens réseau données "
            + "semaine hier aujourd'hui demain selon contre après avant pendant grand nouveau premier dernier "
            + "a déclaré annoncé rencontré critiqué soutenu refusé accepté organisé visité quitté blogue "
            + "magasiner courriel").split(" ");

    /** A news-like French text of about {@code bytes} characters: paragraphs of sentences with names. */
    public static String generate(int bytes, Random random) {
        StringBuilder b = new StringBuilder(bytes + 1000);
        while (b.length() < bytes) {
            int sentences = 4 + random.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                int words = 8 + random.nextInt(14);
                for (int w = 0; w < words; w++) {
                    String word = random.nextInt(6) == 0 ? NAMES[random.nextInt(NAMES.length)]
                            : WORDS[random.nextInt(WORDS.length)];
                    if (w == 0) {
                        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    }
                    b.append(word).append(w == words - 1 ? ". " : " ");
                }
            }
            b.setLength(b.length() - 1);
            b.append("\n\n");
        }
        return b.toString();
    }
}
