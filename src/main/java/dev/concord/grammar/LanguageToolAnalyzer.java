package dev.concord.grammar;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.rule.RuleContext;
import dev.concord.rule.TextAnalyzer;
import dev.concord.rule.Token;
import dev.concord.text.IcuTokenizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.synthesis.Synthesizer;

/**
 * Tokens with lemmas and part-of-speech tags from LanguageTool's tokenizer, tagger and disambiguator, for the
 * languages it has; ICU word boundaries and lowercase forms for the others.
 */
public final class LanguageToolAnalyzer implements TextAnalyzer {
    private static final Set<String> MARKER_TAGS = Set.of(JLanguageTool.SENTENCE_START_TAGNAME,
            JLanguageTool.SENTENCE_END_TAGNAME, JLanguageTool.PARAGRAPH_END_TAGNAME);

    private final LanguageToolPools pools;

    public LanguageToolAnalyzer(LanguageToolPools pools) {
        this.pools = pools;
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
    public List<List<Token>> analyzeUnits(Document document, boolean source, ULocale locale, RuleContext context) {
        Language language = LanguageToolLanguages.find(locale);
        if (language == null) {
            return TextAnalyzer.super.analyzeUnits(document, source, locale, context);
        }
        return LanguageToolPass.unitTokens(document, source, language, pools, context);
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
        List<Token> out = new ArrayList<>();
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
                for (AnalyzedToken reading : readings.getReadings()) {
                    String tag = reading.getPOSTag();
                    // Chunk readings (French _GN_MP...) carry the surface form as lemma: not a dictionary lemma.
                    if (reading.getLemma() != null && (tag == null || !tag.startsWith("_"))) {
                        lemmas.add(reading.getLemma());
                    }
                    if (tag != null && !MARKER_TAGS.contains(tag)) {
                        tags.add(tag);
                    }
                }
                int start = offset + readings.getStartPos();
                out.add(new Token(start, start + surface.length(), surface, new ArrayList<>(lemmas),
                        new ArrayList<>(tags), first));
                first = false;
            }
            offset += sentence.getText().length();
        }
        return out;
    }
}
