package dev.concord.qa;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code qa.placeholders}: placeholders of the source missing from the target, placeholders the target adds, broken
 * ones, and ICU plural and select messages whose cases do not fit: a plural case the target language does not have
 * (French has no "few"), a missing "other", select cases renamed. See {@link Placeholders} for the syntaxes.
 */
public final class PlaceholderRule extends QaRule {
    public PlaceholderRule() {
        super("qa.placeholders", IssueType.MARKUP, Severity.ERROR,
                "placeholders ({0}, {name}, %s, %1$d, {{name}}, $VAR, ICU plurals) missing, extra or malformed");
    }

    @Override
    public boolean checksProtectedText() {
        return true;
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        if (unit.text().isBlank()) {
            return; // an empty target is qa.empty-target's (or qa.missing-key's) finding, not one per element
        }
        TextFacts target = TextFacts.target(context, document, unit);
        TextFacts source = TextFacts.source(context, document, unit);
        List<Placeholder> sp = source.placeholders.placeholders();
        List<Placeholder> tp = target.placeholders.placeholders();
        if (sp.isEmpty() && tp.isEmpty()) {
            return;
        }
        Map<String, Integer> wanted = Placeholders.counts(sp);
        List<Placeholder> extra = new ArrayList<>();
        for (Placeholder p : tp) {
            if (p.kind() == Placeholder.Kind.MALFORMED) {
                if (sp.stream().noneMatch(s -> s.kind() == Placeholder.Kind.MALFORMED && s.text().equals(p.text()))) {
                    Finding.on(this, document, unit, p.start(), p.end()).type(IssueType.PATTERN_PROBLEM)
                            .message("malformed placeholder " + quote(p.text()) + ": its closing brace is missing")
                            .report(sink);
                }
                continue;
            }
            Integer n = wanted.get(p.key());
            if (n != null && n > 0) {
                wanted.put(p.key(), n - 1);
            } else {
                extra.add(p);
            }
        }
        List<Placeholder> missing = new ArrayList<>();
        Map<String, Integer> left = new HashMap<>(wanted);
        for (Placeholder p : sp) {
            Integer n = left.get(p.key());
            if (p.kind() != Placeholder.Kind.MALFORMED && n != null && n > 0) {
                missing.add(p);
                left.put(p.key(), n - 1);
            }
        }
        if (missing.size() == 1 && extra.isEmpty() && coversOneCount(document, unit, context)) {
            missing.clear(); // msgstr[0] of German "ein Byte" for "%lu byte": gettext lets that form drop the count
        }
        if (missing.size() == 1 && extra.size() == 1) {
            Placeholder m = missing.get(0);
            Placeholder e = extra.get(0);
            Finding.on(this, document, unit, e.start(), e.end()).source(m.start(), m.end())
                    .message("placeholder " + quote(m.text()) + " of the source became " + quote(e.text())
                            + " in the target")
                    .suggest(m.text())
                    .report(sink);
        } else {
            for (Placeholder m : missing) {
                Finding.onUnit(this, document, unit).source(m.start(), m.end()).type(IssueType.OMISSION)
                        .message("placeholder " + quote(m.text()) + " of the source is missing from the target")
                        .fingerprintKey(m.key())
                        .report(sink);
            }
            for (Placeholder e : extra) {
                Finding.on(this, document, unit, e.start(), e.end())
                        .message("placeholder " + quote(e.text()) + " is not in the source")
                        .report(sink);
            }
        }
        choices(document, unit, context, source, target, sink);
    }

    /**
     * True when the unit is the first form of a plural entry and that form, in the target language, is used for one
     * count only (German, Spanish, English "one" is 1 alone; French "one" is 0 and 1, Russian's is 1, 21, 31...), as
     * gettext's {@code msgfmt -c} allows such a form to leave out the count's placeholder.
     */
    private static boolean coversOneCount(Document document, Unit unit, RuleContext context) {
        if (!"0".equals(unit.properties().get(Unit.PLURAL_FORM))) {
            return false;
        }
        ULocale locale = context.targetLocale(document);
        if (locale == null) {
            return false;
        }
        PluralRules rules = PluralRules.forLocale(locale);
        java.util.Collection<Double> one = rules.getKeywords().contains("one") ? rules.getAllKeywordValues("one")
                : null;
        return one != null && one.size() == 1;
    }

    /** ICU plural and select cases. */
    private void choices(Document document, Unit unit, RuleContext context, TextFacts source, TextFacts target,
            FindingSink sink) {
        ULocale locale = context.targetLocale(document);
        for (Placeholders.Choice c : target.placeholders.choices()) {
            if (!c.keywords().contains("other")) {
                Finding.on(this, document, unit, c.start(), c.end()).type(IssueType.PATTERN_PROBLEM)
                        .message("the " + c.type() + " of {" + c.argument() + "} has no \"other\" case, which ICU "
                                + "requires")
                        .report(sink);
            }
            if (c.type().equals("select")) {
                Placeholders.Choice s = source.placeholders.choices().stream()
                        .filter(x -> x.argument().equals(c.argument()) && x.type().equals("select")).findFirst()
                        .orElse(null);
                if (s != null) {
                    for (String k : c.keywords()) {
                        if (!s.keywords().contains(k)) {
                            int at = c.keywordOffsets().get(k);
                            Finding.on(this, document, unit, at, at + k.length())
                                    .message("select case \"" + k + "\" of {" + c.argument() + "} is not a case of "
                                            + "the source (" + String.join(", ", s.keywords())
                                            + "): select cases are keys, not text to translate")
                                    .report(sink);
                        }
                    }
                }
                continue;
            }
            if (locale == null) {
                continue;
            }
            Set<String> categories = new LinkedHashSet<>(c.type().equals("selectordinal")
                    ? PluralRules.forLocale(locale, PluralRules.PluralType.ORDINAL).getKeywords()
                    : PluralRules.forLocale(locale).getKeywords());
            for (String k : c.keywords()) {
                if (!k.startsWith("=") && !categories.contains(k)) {
                    int at = c.keywordOffsets().get(k);
                    Finding.on(this, document, unit, at, at + k.length())
                            .message("plural case \"" + k + "\" does not exist in " + locale.getDisplayLanguage(
                                    ULocale.ENGLISH) + " (its cases: " + String.join(", ", categories) + ")")
                            .report(sink);
                }
            }
            List<String> lacking = new ArrayList<>();
            for (String k : categories) {
                if (!c.keywords().contains(k) && !k.equals("other")) {
                    lacking.add(k);
                }
            }
            if (!lacking.isEmpty() && c.keywords().contains("other")) {
                Finding.on(this, document, unit, c.start(), c.end()).severity(Severity.WARNING)
                        .message("the plural of {" + c.argument() + "} lacks the " + locale.getDisplayLanguage(
                                ULocale.ENGLISH) + " case" + (lacking.size() > 1 ? "s " : " ")
                                + String.join(", ", lacking) + "; \"other\" is used for them")
                        .report(sink);
            }
        }
    }
}
