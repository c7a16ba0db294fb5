package dev.concord.rule;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.Unit;
import java.util.ArrayList;
import java.util.List;

/** Splits text into tokens with lemmas and tags for a language. Thread-safe. */
public interface TextAnalyzer {
    List<Token> analyze(String text, ULocale locale);

    /**
     * The tokens of every unit of a document, in unit order: of their target texts, or of their source texts when
     * {@code source} (an empty list for a unit without source). An analyzer that analyses a whole document at once
     * overrides this; LanguageTool's shares that analysis with the LanguageTool check of the document, so that the
     * text is analysed once for every rule. By default, {@link #analyze} on each unit.
     */
    default List<List<Token>> analyzeUnits(Document document, boolean source, ULocale locale, RuleContext context) {
        List<List<Token>> out = new ArrayList<>(document.units().size());
        for (Unit unit : document.units()) {
            String text = source ? unit.source() : unit.text();
            out.add(text == null ? List.of() : analyze(text, locale));
        }
        return out;
    }

    /**
     * Analyses short texts each on its own, without the context of a sentence: terms of a termbase, names. Readings
     * are not narrowed by context, which a lone term does not have. By default, {@link #analyze} on each.
     */
    default List<List<Token>> analyzeEach(List<String> texts, ULocale locale) {
        List<List<Token>> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(analyze(t, locale));
        }
        return out;
    }

    /**
     * The tokens of a text with every reading the tagger gives each word, not narrowed by context (no disambiguation):
     * cheaper than {@link #analyze}, and every lemma a full analysis could give is among them. By default,
     * {@link #analyze}.
     */
    default List<Token> readings(String text, ULocale locale) {
        return analyze(text, locale);
    }

    /**
     * The forms of {@code lemma} that carry the part-of-speech tag {@code tag} (as this analyzer's tokens carry tags),
     * for suggestions that agree with the text ({@code organisateur} with the tag of {@code conservateurs} gives
     * {@code organisateurs}). Empty when the analyzer cannot inflect words of this language.
     */
    default List<String> inflect(String lemma, String tag, ULocale locale) {
        return List.of();
    }

    /**
     * Whether the language's dictionary knows the word (its tagger gives it a part of speech, as written or in small
     * letters); empty when this analyzer has no dictionary for the language and cannot tell.
     */
    default java.util.Optional<Boolean> knowsWord(String word, ULocale locale) {
        return java.util.Optional.empty();
    }
}
