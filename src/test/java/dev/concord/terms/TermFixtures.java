package dev.concord.terms;

import com.ibm.icu.util.ULocale;
import dev.concord.Checker;
import dev.concord.SharedCheckers;
import dev.concord.grammar.LanguageToolAnalyzer;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.rule.TextAnalyzer;
import java.util.List;

/**
 * What the term tests share: one set of LanguageTool objects (seconds and hundreds of megabytes per language), the
 * analyzer on them, and checkers built on them.
 */
final class TermFixtures {
    static final LanguageToolPools POOLS = SharedCheckers.withGrammar("fr").languageToolPools();
    static final TextAnalyzer ANALYZER = new LanguageToolAnalyzer(POOLS);

    private TermFixtures() {
    }

    /** Every match of the termbase's terms in {@code text}, overlapping ones included. */
    static List<TermMatch> findAll(Termbase termbase, String language, String text) {
        ULocale locale = ULocale.forLanguageTag(language);
        return termbase.index(locale, ANALYZER).findAll(ANALYZER.analyze(text, locale));
    }

    /** The longest matches. */
    static List<TermMatch> find(Termbase termbase, String language, String text) {
        return TermIndex.longest(findAll(termbase, language, text));
    }

    /** The matched texts of the longest matches. */
    static List<String> found(Termbase termbase, String language, String text) {
        return find(termbase, language, text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    /** A checker without LanguageTool's rules, with the termbase's rules, sharing the fixtures' LanguageTool. */
    static Checker checker(Termbase termbase, String target, String source) {
        return Checker.builder().grammar(false).termbase(termbase).languageToolPools(POOLS).targetLocale(target)
                .sourceLocale(source).build();
    }

    static Termbase termbase(TermEntry... entries) {
        return Termbase.of(List.of(entries));
    }

    static TermEntry entry(String id, Term... terms) {
        return TermEntry.of(id, List.of(terms));
    }

    static Term preferred(String language, String text) {
        return Term.of(text, language, TermStatus.PREFERRED);
    }

    static Term admitted(String language, String text) {
        return Term.of(text, language, TermStatus.ADMITTED);
    }

    static Term deprecated(String language, String text) {
        return Term.of(text, language, TermStatus.DEPRECATED);
    }
}
