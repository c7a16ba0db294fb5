package dev.concord.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Document;
import dev.concord.RealCorpusFiles;
import dev.concord.Unit;
import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.tokenizers.Tokenizer;

/**
 * French and English text tokenized piece by piece between spaces ({@link LexicalAnalysis#wordsOf}) gives exactly
 * the tokens LanguageTool's word tokenizer gives for the whole text: on sentences made to test its special cases, on
 * the committed real catalogs, the founding example and the MQM-rated translations and, where fetched
 * ({@code CONCORD_REAL_CORPUS}), on the real-content corpus.
 */
class ChunkedTokenizerEquivalenceTest {
    private static Tokenizer whole;
    private static LexicalAnalysis chunked;
    private static Tokenizer wholeEnglish;
    private static LexicalAnalysis chunkedEnglish;

    @BeforeAll
    static void tokenizers() {
        Language french = Languages.getLanguageForShortCode("fr");
        whole = french.getWordTokenizer();
        chunked = new LexicalAnalysis(french);
        Language english = Languages.getLanguageForShortCode("en-US");
        wholeEnglish = english.getWordTokenizer();
        chunkedEnglish = new LexicalAnalysis(english);
    }

    @Test
    void englishOfTheMqmSetTokenizesTheSame() throws Exception {
        Path dir = Path.of("../shared/data/mqm-dev");
        Path ende = dir.resolve("mqm_generalMT2023_ende.tsv.gz");
        Path zhen = dir.resolve("mqm_generalMT2023_zhen.tsv.gz");
        Assumptions.assumeTrue(Files.isRegularFile(ende) && Files.isRegularFile(zhen),
                "the MQM-rated translations are not here: " + dir.toAbsolutePath());
        java.util.Set<String> texts = new java.util.LinkedHashSet<>();
        texts.addAll(column(ende, "source"));
        texts.addAll(column(zhen, "target"));
        for (String t : texts) {
            assertEquals(wholeEnglish.tokenize(t), chunkedEnglish.wordsOf(t), t);
        }
        assertTrue(texts.size() > 1000, "English texts compared: " + texts.size());
    }

    @Test
    void specialCasesOfTheEnglishTokenizer() {
        for (String t : List.of("It's 5 o'clock, isn't it? Rock 'n' roll, the '90s and the dogs' bones.",
                "Write to help@example.com or see https://example.com/a?b=c (www.example.org).",
                "A state-of-the-art, well-known e-mail; 1 000 000 and 3.5 % and 1,234.56 $.",
                "  two  spaces\tand a tab, \u00A0no-break, \u2764\uFE0F and \u2764 \uFE0F.")) {
            assertEquals(wholeEnglish.tokenize(t), chunkedEnglish.wordsOf(t), t);
        }
    }

    /** The distinct values of one column of a gzipped TSV file with a header row, markup of error spans left out. */
    private static java.util.Set<String> column(Path gz, String name) throws Exception {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(gz)), java.nio.charset.StandardCharsets.UTF_8))) {
            List<String> header = List.of(in.readLine().split("\t", -1));
            int col = header.indexOf(name);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split("\t", -1);
                if (col < cells.length) {
                    out.add(cells[col].replaceAll("</?v>", ""));
                }
            }
        }
        return out;
    }

    @Test
    void specialCasesOfTheFrenchTokenizer() {
        List<String> texts = List.of(
                "L'outil d'aujourd'hui s'ouvre : qu'en dis-tu ?",
                "Va-t-il venir ? Viendra-t-elle ? Donne-le-moi, c'est-à-dire demain.",
                "Il y a 1 476 fichiers et 12 345 678 octets, soit 3,5 % ou 2.75 Go.",
                "En 2023 456 personnes sont venues ; 2023 a été une année.",
                "Voir https://example.com/aide/page?x=1 et www.exemple.fr ou écrire à aide@exemple.fr.",
                "Le rendez-vous d'add-on chez-moi à 10 h 30.",
                "Un  double espace,\tune tabulation et un espace insécable\u00A0: « citation » !",
                "Emoji \u2764\uFE0F puis \u2764 \uFE0F et 5 \uFE0F.",
                "Le SARS-CoV-2 et le pH-mètre ; mcgraw-hill, al-Qaïda.",
                "Jusqu’à l’heure où l’on s’en va, presqu’île et prud’homme.",
                "%s fichiers copiés vers « %s » (%d erreurs) — {0} ou {count}.",
                " Espace au début et à la fin ",
                "-t-on ou - t - on, aujourd’hui -10 °C, 50 %, 3 € et 2 $.",
                "M'as-tu-vu, garde-à-vous, c'te fille, lui-même.");
        for (String t : texts) {
            same(t);
        }
    }

    @Test
    void realFrenchTextTokenizesTheSame() throws Exception {
        int texts = 0;
        texts += compareAll(Path.of("src/test/resources/real"));
        Path example = Path.of("../shared/examples/kazakhstan/target.fr.txt");
        if (Files.isRegularFile(example)) {
            for (String paragraph : Files.readString(example).split("\n")) {
                same(paragraph);
                texts++;
            }
        }
        assertTrue(texts >= 100, "French texts compared: " + texts);
    }

    @Test
    void theFetchedRealCorpusTokenizesTheSame() throws Exception {
        assertTrue(compareAll(RealCorpusFiles.fetchedOrSkip()) > 0);
    }

    private static int compareAll(Path root) throws Exception {
        List<Path> files = RealCorpusFiles.under(root, p -> p.getFileName().toString().matches("(.*[_.])?fr\\..*")
                && p.toString().matches(".*\\.(po|json|properties|xlf|xliff|tmx|html)$"));
        int texts = 0;
        for (Path f : files) {
            Document d = Formats.read(f, ReadOptions.defaults().withSourceLocale("en").withTargetLocale("fr"));
            for (Unit u : d.units()) {
                same(u.text());
                texts++;
            }
        }
        return texts;
    }

    private static void same(String text) {
        assertEquals(whole.tokenize(text), chunked.wordsOf(text), text);
    }
}
