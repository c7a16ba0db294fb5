package dev.concord.grammar;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.rule.RuleContext;
import dev.concord.rule.TextAnalyzer;
import dev.concord.rule.Token;
import dev.concord.text.IcuTokenizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.synthesis.Synthesizer;

/**
 * Tokens with lemmas and part-of-speech tags from LanguageTool's tokenizer, tagger and disambiguator, for the
 * languages it has; ICU word boundaries and lowercase forms for the others. A text that the check analyses for
 * LanguageTool's rules anyway (a target text, with LanguageTool's grammar or a rule pack on) gets that analysis;
 * any other (source texts, target texts with both off) is tokenized and tagged without disambiguation, as terms
 * are: several times cheaper, the readings not narrowed by context.
 */
public final class LanguageToolAnalyzer implements TextAnalyzer {
    private static final Set<String> MARKER_TAGS = Set.of(JLanguageTool.SENTENCE_START_TAGNAME,
            JLanguageTool.SENTENCE_END_TAGNAME, JLanguageTool.PARAGRAPH_END_TAGNAME);

    /** Units per piece when the units of a long document are tagged on the check's threads. */
    private static final int UNITS_PER_PIECE = 250;

    private final LanguageToolPools pools;
    private final Predicate<Language> passRuns;
    private final boolean grammar;

    /** An analyzer that gives every text LanguageTool's full analysis, as a check with its grammar on does. */
    public LanguageToolAnalyzer(LanguageToolPools pools) {
        this(pools, language -> true, true);
    }

    /**
     * An analyzer for a check that runs a LanguageTool pass over target texts in the languages {@code passRuns}
     * accepts (its grammar, or rule packs for that language): those texts share that pass's analysis, and all others
     * are only tokenized and tagged.
     */
    public LanguageToolAnalyzer(LanguageToolPools pools, Predicate<Language> passRuns) {
        this(pools, passRuns, false);
    }

    /**
     * As {@link #LanguageToolAnalyzer(LanguageToolPools, Predicate)}; {@code grammar} tells that the check runs
     * LanguageTool's grammar (and so loads its speller for every target language): {@link #knowsWord} asks the
     * speller then, and only then, so that a word's fate does not depend on how much else the check analyses.
     */
    public LanguageToolAnalyzer(LanguageToolPools pools, Predicate<Language> passRuns, boolean grammar) {
        this.pools = pools;
        this.passRuns = passRuns;
        this.grammar = grammar;
    }

    @Override
    public List<Token> analyze(String text, ULocale locale) {
        Language language = LanguageToolLanguages.find(locale);
        if (language == null) {
            return IcuTokenizer.tokenize(text, locale);
        }
        List<AnalyzedSentence> sentences = pools.withAnalyzer(language, lt -> lt.analyzeText(text));
        return tokens(sentences);
    }

    @Override
    public List<Token> readings(String text, ULocale locale) {
        Language language = LanguageToolLanguages.find(locale);
        if (language == null) {
            return IcuTokenizer.tokenize(text, locale);
        }
        return text.isEmpty() ? List.of() : tagged(pools.lexical(language), text);
    }

    @Override
    public java.util.Optional<Boolean> knowsWord(String word, ULocale locale) {
        Language language = LanguageToolLanguages.find(locale);
        if (language == null || word.isEmpty()) {
            return java.util.Optional.empty();
        }
        LexicalAnalysis lexical = pools.lexical(language);
        try {
            if (hasPartOfSpeech(lexical.readingOf(word))
                    || hasPartOfSpeech(lexical.readingOf(word.toLowerCase(locale.toLocale())))) {
                return java.util.Optional.of(true);
            }
            if (!grammar) {
                return java.util.Optional.of(false); // the tagger's word list; no speller loaded just for this
            }
            // The check runs LanguageTool's grammar, whose speller knows more words than the tagger ("Alpha",
            // "Joule" in German).
            return java.util.Optional.of(pools.withPrepared(language, true, lt -> {
                for (org.languagetool.rules.Rule rule : lt.getAllActiveRules()) {
                    if (rule.isDictionaryBasedSpellingRule()
                            && rule instanceof org.languagetool.rules.spelling.SpellingCheckRule speller) {
                        return !speller.isMisspelled(word);
                    }
                }
                return false;
            }));
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean hasPartOfSpeech(LexicalAnalysis.Reading reading) {
        return reading.tags().stream().anyMatch(tag -> tag != null && tag.length() > 1 && !tag.startsWith("SENT_")
                && !tag.startsWith("_") && !tag.equals("UNKNOWN"));
    }

    @Override
    public List<List<Token>> analyzeUnits(Document document, boolean source, ULocale locale, RuleContext context) {
        Language language = LanguageToolLanguages.find(locale);
        if (language == null) {
            return TextAnalyzer.super.analyzeUnits(document, source, locale, context);
        }
        if (!source && passRuns.test(language)) {
            return LanguageToolPass.unitTokens(document, false, language, pools, context);
        }
        return tagged(document.units(), source, language, context);
    }

    /** Units' texts tokenized and tagged sentence by sentence, in pieces on the check's threads when there are many. */
    private List<List<Token>> tagged(List<Unit> units, boolean source, Language language, RuleContext context) {
        List<Supplier<List<List<Token>>>> work = new ArrayList<>();
        LexicalAnalysis lexical = context.profile().time("load: tagger " + language.getShortCodeWithCountryAndVariant(),
                () -> pools.lexical(language));
        int pieces = Math.max(1, Math.min(context.parallelism(), units.size() / UNITS_PER_PIECE));
        for (int k = 0; k < pieces; k++) {
            List<Unit> own = units.subList(units.size() * k / pieces, units.size() * (k + 1) / pieces);
            String phase = "analyse: tagger " + language.getShortCodeWithCountryAndVariant() + (source ? " (source)" : "");
            work.add(() -> context.profile().time(phase, () -> {
                List<List<Token>> out = new ArrayList<>(own.size());
                for (Unit u : own) {
                    String text = source ? u.source() : u.text();
                    out.add(text == null || text.isEmpty() ? List.of() : tagged(lexical, text));
                }
                return out;
            }));
        }
        List<List<Token>> out = new ArrayList<>(units.size());
        for (List<List<Token>> piece : context.inParallel(work)) {
            out.addAll(piece);
        }
        return out;
    }

    private static List<Token> tagged(LexicalAnalysis lexical, String text) {
        try {
            return lexical.tokens(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public List<List<Token>> analyzeEach(List<String> texts, ULocale locale) {
        Language language = LanguageToolLanguages.find(locale);
        if (language == null) {
            List<List<Token>> out = new ArrayList<>(texts.size());
            for (String t : texts) {
                out.add(IcuTokenizer.tokenize(t, locale));
            }
            return out;
        }
        // Tokenized and tagged, not disambiguated: a lone term has no context to choose between its readings.
        return pools.withAnalyzer(language, lt -> {
            List<List<Token>> out = new ArrayList<>(texts.size());
            for (String t : texts) {
                out.add(tokens(List.of(lt.getRawAnalyzedSentence(t))));
            }
            return out;
        });
    }

    @Override
    public List<String> inflect(String lemma, String tag, ULocale locale) {
        Language language = LanguageToolLanguages.find(locale);
        if (language == null || tag == null || lemma == null) {
            return List.of();
        }
        Synthesizer synthesizer = language.getSynthesizer();
        if (synthesizer == null) {
            return List.of();
        }
        try {
            String[] forms;
            // LanguageTool's synthesizers share one dictionary lookup object, which is not thread-safe.
            synchronized (synthesizer) {
                forms = synthesizer.synthesize(new AnalyzedToken(lemma, tag, lemma), tag);
            }
            return forms == null ? List.of() : List.copyOf(new LinkedHashSet<>(Arrays.asList(forms)));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Converts LanguageTool's sentences (positions relative to each sentence) into tokens of the whole text. */
    static List<Token> tokens(List<AnalyzedSentence> sentences) {
        return tokens(sentences, null);
    }

    /**
     * As {@link #tokens(List)}; a word left without a dictionary lemma by the disambiguator (the words of French
     * multi-word expressions such as "mises à jour" keep only the expression's readings) gets the readings that
     * {@code lexical} gives it alone, so that lemma matching still sees "mise".
     */
    static List<Token> tokens(List<AnalyzedSentence> sentences, LexicalAnalysis lexical) {
        List<Token> out = new ArrayList<>();
        Map<List<String>, List<String>> shared = new HashMap<>();
        int offset = 0;
        for (AnalyzedSentence sentence : sentences) {
            boolean first = true;
            for (AnalyzedTokenReadings readings : sentence.getTokens()) {
                String surface = readings.getToken();
                if (readings.isWhitespace() || surface.isEmpty() || readings.isSentenceStart()) {
                    continue;
                }
                Set<String> lemmas = new LinkedHashSet<>();
                Set<String> tags = new LinkedHashSet<>();
                collectReadings(readings, lemmas, tags);
                int start = offset + readings.getStartPos();
                if (lemmas.isEmpty() && lexical != null && Character.isLetter(surface.codePointAt(0))) {
                    try {
                        LexicalAnalysis.Reading own = lexical.readingOf(surface);
                        lemmas.addAll(own.lemmas());
                        tags.addAll(own.tags());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                // Most words share their lemma and tag lists with others ("le", "de"): keep one copy of each.
                List<String> lemmaList = shared.computeIfAbsent(List.copyOf(lemmas), k -> k);
                List<String> tagList = shared.computeIfAbsent(List.copyOf(tags), k -> k);
                out.add(new Token(start, start + surface.length(), surface, lemmaList, tagList, first));
                first = false;
            }
            offset += sentence.getText().length();
        }
        return out;
    }

    /**
     * Adds a word's dictionary lemmas and part-of-speech tags to {@code lemmas} and {@code tags}. Chunk readings
     * (French {@code _GN_MP}...) carry the surface form as lemma, and multi-word readings ("mises à jour/N" on each of
     * its three words) the phrase: neither is a lemma of the word. Sentence and paragraph markers are not tags.
     */
    static void collectReadings(AnalyzedTokenReadings readings, Set<String> lemmas, Set<String> tags) {
        String surface = readings.getToken();
        for (AnalyzedToken reading : readings.getReadings()) {
            String tag = reading.getPOSTag();
            String lemma = reading.getLemma();
            if (lemma != null && (tag == null || !tag.startsWith("_"))
                    && (lemma.indexOf(' ') < 0 || surface.indexOf(' ') >= 0)) {
                lemmas.add(lemma);
            }
            if (tag != null && !MARKER_TAGS.contains(tag)) {
                tags.add(tag);
            }
        }
    }
}
