package dev.concord.qa;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code qa.numbers}: numbers of the source missing from the target, numbers the target adds, and numbers changed,
 * compared by value in each side's language ({@code 1,500} in English is {@code 1 500} in French and {@code 1.500}
 * in German; {@code 3,000} is not {@code 300}). A target number written in the source's conventions instead of the
 * target's ({@code 1,500} in a German text, where it reads as one and a half) is reported as such.
 */
public final class NumberRule extends QaRule {
    public NumberRule() {
        super("qa.numbers", IssueType.NUMBERS, Severity.ERROR, "numbers missing, extra or changed");
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        if (unit.text().isBlank()) {
            return; // an empty target is qa.empty-target's (or qa.missing-key's) finding, not one per element
        }
        TextFacts target = TextFacts.target(context, document, unit);
        TextFacts source = TextFacts.source(context, document, unit);
        List<Numbers.Num> sn = source.numbers();
        List<Numbers.Num> tn = target.numbers();
        if (sn.isEmpty() && tn.isEmpty()) {
            return;
        }
        List<Numbers.Num> missing = new ArrayList<>(sn);
        List<Numbers.Num> extra = new ArrayList<>();
        for (Numbers.Num t : tn) {
            Numbers.Num match = null;
            for (Numbers.Num s : missing) {
                if (s.literal().equals(t.literal())
                        && (Objects.equals(s.value(), t.value()) || s.value() == null || t.value() == null)) {
                    match = s;
                    break;
                }
            }
            if (match == null) {
                for (Numbers.Num s : missing) {
                    if (s.value() != null && t.value() != null && s.value().compareTo(t.value()) == 0) {
                        match = s;
                        break;
                    }
                }
            }
            if (match == null) {
                // "2.5 million" for "250万", "15 Uhr" for "3 pm": the same value written with a scale or a clock.
                List<BigDecimal> tv = values(target, t);
                for (Numbers.Num s : missing) {
                    if (sameValue(values(source, s), tv)) {
                        match = s;
                        break;
                    }
                }
            }
            if (match != null) {
                missing.remove(match);
            } else {
                extra.add(t);
            }
        }
        boolean cjkSource = isCjk(source.locale);
        // A number one side writes in words: "five" for 5, 五 for 5, "January" for 1月.
        missing.removeIf(s -> NumberForms.writtenOut(target.text, s.value(), target.locale,
                cjkSource && NumberForms.isMonth(source.text, s))
                || cjkSource && NumberForms.oneAsArticle(source.text, s, target.text, target.locale));
        List<BigDecimal> han = cjkSource ? NumberForms.hanNumbers(source.text, source.locale) : List.of();
        extra.removeIf(t -> t.value() != null && (han.stream().anyMatch(h -> h.compareTo(t.value()) == 0)
                || NumberForms.writtenOut(source.text, t.value(), source.locale, false)));
        Numbers.Symbols sourceSymbols = Numbers.symbols(source.locale);
        for (Numbers.Num t : new ArrayList<>(extra)) {
            // Written the source's way: the same digits would read as the source's value there.
            BigDecimal asSource = Numbers.value(t.literal(), sourceSymbols);
            Numbers.Num s = asSource == null ? null : missing.stream()
                    .filter(m -> m.value() != null && m.value().compareTo(asSource) == 0).findFirst().orElse(null);
            if (s != null) {
                missing.remove(s);
                extra.remove(t);
                Finding.on(this, document, unit, t.start(), t.end()).source(s.start(), s.end())
                        .type(IssueType.LOCALE_VIOLATION)
                        .message("number " + quote(t.raw()) + " follows the source language's conventions: in "
                                + target.locale.getDisplayLanguage(com.ibm.icu.util.ULocale.ENGLISH) + " it reads as "
                                + (t.value() == null ? "something else" : t.value().toPlainString()) + ", not "
                                + s.value().toPlainString())
                        .suggest(format(s.value(), target.locale))
                        .report(sink);
            }
        }
        if (missing.size() == 1 && extra.size() == 1) {
            Numbers.Num s = missing.get(0);
            Numbers.Num t = extra.get(0);
            Finding.on(this, document, unit, t.start(), t.end()).source(s.start(), s.end())
                    .message("number " + quote(s.raw()) + " of the source became " + quote(t.raw()) + " in the target")
                    .report(sink);
            return;
        }
        for (Numbers.Num s : missing) {
            Finding.onUnit(this, document, unit).source(s.start(), s.end()).type(IssueType.NUMBERS)
                    .message("number " + quote(s.raw()) + " of the source is not in the target")
                    .fingerprintKey(s.literal())
                    .report(sink);
        }
        for (Numbers.Num t : extra) {
            // An added number is often a fair rendering (a date spelled out in the source); a lost one is not.
            Finding.on(this, document, unit, t.start(), t.end()).severity(Severity.WARNING)
                    .message("number " + quote(t.raw()) + " is not in the source")
                    .report(sink);
        }
    }

    private static List<BigDecimal> values(TextFacts side, Numbers.Num n) {
        List<BigDecimal> out = new ArrayList<>(NumberForms.alternatives(side.text, n, side.locale));
        if (n.value() != null) {
            out.add(n.value());
        }
        return out;
    }

    private static boolean sameValue(List<BigDecimal> a, List<BigDecimal> b) {
        for (BigDecimal x : a) {
            for (BigDecimal y : b) {
                if (x.compareTo(y) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isCjk(com.ibm.icu.util.ULocale locale) {
        String l = locale == null ? "" : locale.getLanguage();
        return l.equals("zh") || l.equals("ja") || l.equals("ko");
    }

    /** A value written the way a language writes numbers (ICU: 1.500 in German, 1 500 in French). */
    static String format(BigDecimal value, com.ibm.icu.util.ULocale locale) {
        com.ibm.icu.text.NumberFormat f = com.ibm.icu.text.NumberFormat.getInstance(locale);
        f.setMaximumFractionDigits(Math.max(0, value.scale()));
        f.setMinimumFractionDigits(Math.max(0, value.scale()));
        return f.format(value);
    }
}
