package dev.concord.qa;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.rule.RuleContext;
import dev.concord.text.TextRange;
import java.util.List;

/**
 * What the QA checks find in one side of a unit, computed once per unit and shared by every check: placeholders,
 * URLs and e-mail addresses, tags written as text, numbers, and the ranges that are code rather than prose.
 */
final class TextFacts {
    final String text;
    final ULocale locale;
    final Placeholders.Result placeholders;
    final List<TextRange> links;
    final List<Tags.Tag> tags;
    /** Code: placeholders, links, tags, the unit's protected ranges. */
    final List<TextRange> code;
    private List<Numbers.Num> numbers;

    private TextFacts(String text, ULocale locale, List<TextRange> protectedRanges, boolean printf) {
        this.text = text;
        this.locale = locale;
        this.placeholders = Placeholders.scan(text, printf);
        this.links = CodeRanges.links(text);
        this.tags = text.indexOf('<') >= 0 ? Tags.scan(text) : List.of();
        this.code = CodeRanges.of(text, protectedRanges, placeholders, links, tags);
    }

    /** The numbers of this side, read in its language. */
    synchronized List<Numbers.Num> numbers() {
        if (numbers == null) {
            numbers = Numbers.scan(text, Numbers.symbols(locale), code);
        }
        return numbers;
    }

    /** True when [start, end) overlaps code. */
    boolean isCode(int start, int end) {
        for (TextRange r : code) {
            if (r.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** The facts of a unit's target text. */
    static TextFacts target(RuleContext context, Document document, Unit unit) {
        return context.unitMemo(unit, Side.TARGET, () -> new TextFacts(unit.text(), context.targetLocale(document),
                unit.protectedRanges(), printf(unit)));
    }

    /** The facts of a unit's source text (the unit must be bilingual). */
    static TextFacts source(RuleContext context, Document document, Unit unit) {
        return context.unitMemo(unit, Side.SOURCE, () -> {
            ULocale locale = context.sourceLocale(document);
            return new TextFacts(unit.source(), locale != null ? locale : ULocale.ENGLISH,
                    unit.sourceProtectedRanges(), printf(unit));
        });
    }

    /** The key of a side's facts in {@link RuleContext#unitMemo}. */
    private enum Side { SOURCE, TARGET }

    /** PO files say when a message is not printf-formatted. */
    static boolean printf(Unit unit) {
        String flags = unit.properties().get("flags");
        return flags == null || !flags.contains("no-c-format") && !flags.contains("no-python-format");
    }
}
