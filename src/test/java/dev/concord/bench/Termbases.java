package dev.concord.bench;

import dev.concord.rule.Token;
import dev.concord.terms.Term;
import dev.concord.terms.TermEntry;
import dev.concord.terms.TermStatus;
import dev.concord.terms.Termbase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic termbases for benchmarks: a few terms taken from the text being checked, so that every size finds the
 * same occurrences, and made-up terms of one to three words for the rest (words of syllables that no text holds).
 */
public final class Termbases {
    /** Terms taken from the text, in every termbase size. */
    static final int TERMS_FROM_TEXT = 40;
    private static final String[] SYLLABLES = {"ka", "lo", "mir", "tes", "va", "nu", "ber", "gan", "di", "sol", "pre",
        "tor", "qui", "zen", "ma", "ri", "sha", "vel", "dor", "pe"};

    /**
     * English terms of the generated XLIFF files (see {@link XliffGenerator}) with the French terms their
     * translations use, in dictionary form: a bilingual termbase that the files follow, so that the term rules find
     * their terms in every unit and report only the planted slips.
     */
    private static final Map<String, String> XLIFF_TERMS = new LinkedHashMap<>();

    static {
        String[][] pairs = {{"server", "serveur"}, {"account", "compte"}, {"report", "rapport"},
            {"installer", "programme d'installation"}, {"user", "utilisateur"}, {"backup", "sauvegarde"},
            {"dashboard", "tableau de bord"}, {"team", "équipe"}, {"payment", "paiement"}, {"file", "fichier"},
            {"message", "message"}, {"record", "enregistrement"}, {"update", "mise à jour"}, {"invoice", "facture"},
            {"setting", "réglage"}, {"help", "aide"}, {"version", "version"}, {"day", "jour"}};
        for (String[] p : pairs) {
            XLIFF_TERMS.put(p[0], p[1]);
        }
    }

    private Termbases() {
    }

    /**
     * A termbase of {@code size} entries in one language: {@value #TERMS_FROM_TEXT} terms of one or two words taken
     * from {@code textTokens} at fixed places, then made-up terms. With {@code deprecatedEvery} above zero, every
     * such term taken from the text is a deprecated term (with a made-up preferred one), so that a check reports it.
     */
    public static Termbase monolingual(int size, String language, List<Token> textTokens, int deprecatedEvery) {
        Set<String> fromText = new LinkedHashSet<>();
        List<Token> words = textTokens.stream().filter(t -> t.isWord() && t.text().length() > 3).toList();
        for (int i = 0; fromText.size() < Math.min(TERMS_FROM_TEXT, size) && i < words.size(); i += 37) {
            fromText.add(i % 2 == 0 || i + 1 >= words.size() ? words.get(i).text()
                    : words.get(i).text() + " " + words.get(i + 1).text());
        }
        Random random = new Random(42);
        Set<String> madeUp = new LinkedHashSet<>();
        while (fromText.size() + madeUp.size() < size) {
            String t = madeUpTerm(random);
            if (!fromText.contains(t)) {
                madeUp.add(t);
            }
        }
        List<TermEntry> entries = new ArrayList<>(size);
        int id = 0;
        for (String t : fromText) {
            List<Term> terms = deprecatedEvery > 0 && id % deprecatedEvery == 0
                    ? List.of(Term.of(t, language, TermStatus.DEPRECATED),
                            Term.of(madeUpTerm(random), language, TermStatus.PREFERRED))
                    : List.of(Term.of(t, language, TermStatus.PREFERRED));
            entries.add(TermEntry.of(String.valueOf(id++), terms));
        }
        for (String t : madeUp) {
            entries.add(TermEntry.of(String.valueOf(id++), List.of(Term.of(t, language, TermStatus.PREFERRED))));
        }
        return Termbase.of(entries);
    }

    /**
     * Writes an English-French glossary of {@code size} entries as a TSV file with a header row ({@code en	fr}),
     * which both Concord and Okapi read: the terms of the generated XLIFF files, then made-up pairs.
     */
    public static void writeEnglishFrench(Path file, int size) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random random = new Random(7);
        Set<String> sources = new LinkedHashSet<>(XLIFF_TERMS.keySet());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("en\tfr\n");
            int written = 0;
            for (Map.Entry<String, String> e : XLIFF_TERMS.entrySet()) {
                if (written++ < size) {
                    w.write(e.getKey() + "\t" + e.getValue() + "\n");
                }
            }
            while (written < size) {
                String en = madeUpTerm(random);
                if (sources.add(en)) {
                    w.write(en + "\t" + madeUpTerm(random) + "e\n");
                    written++;
                }
            }
        }
    }

    private static String madeUpTerm(Random random) {
        int count = 1 + random.nextInt(3);
        StringBuilder t = new StringBuilder();
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                t.append(' ');
            }
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                t.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
        }
        return t.toString();
    }
}
