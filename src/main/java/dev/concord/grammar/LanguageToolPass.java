package dev.concord.grammar;

import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.CleanOverlappingFilter;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * One LanguageTool pass over a document, shared by the rules that read its matches: LanguageTool's own rule family
 * and the rule packs, whose rules live in the same LanguageTool objects. A document's units are checked together,
 * joined as paragraphs, so that LanguageTool sees each paragraph whole and in its context; the pass runs once per
 * check and document (it is kept in the check's {@link RuleContext}), whichever rule asks first.
 */
public final class LanguageToolPass {
    /** Paragraphs are joined with a blank line, which LanguageTool reads as a paragraph break. */
    private static final String PARAGRAPH_BREAK = "\n\n";
    private static final Pattern SUGGESTION_TAG = Pattern.compile("</?suggestion>");

    /**
     * A LanguageTool match placed in a unit.
     *
     * @param start      UTF-16 offset in the unit's text
     * @param textStart  UTF-16 offset in {@link Result#text()}, the document's units joined as paragraphs
     */
    public record UnitMatch(Unit unit, int start, int end, int textStart, int textEnd, RuleMatch match) {
    }

    /** The matches of one pass, and the text that was checked (the document's units joined as paragraphs). */
    public record Result(String text, List<UnitMatch> matches) {
    }

    private record Key(Document document, String language, boolean ownRules) {
    }

    /** A match and its offsets in the joined text. */
    private record Placed(RuleMatch match, int from, int to) {
    }

    private LanguageToolPass() {
    }

    /**
     * The matches of every active rule of the LanguageTool objects, LanguageTool's own and the added ones (rule
     * packs), in one LanguageTool check of the document.
     */
    public static Result allRules(Document document, Language language, LanguageToolPools pools,
            RuleContext context) {
        return context.memo(new Key(document, language.getShortCodeWithCountryAndVariant(), true),
                () -> run(document, language, pools, true));
    }

    /**
     * The matches of the added rules only, on LanguageTool's analysis of the document, without running LanguageTool's
     * own rules: what the rule packs need when LanguageTool's grammar and spelling rules are turned off.
     */
    public static Result addedRulesOnly(Document document, Language language, LanguageToolPools pools,
            RuleContext context) {
        return context.memo(new Key(document, language.getShortCodeWithCountryAndVariant(), false),
                () -> run(document, language, pools, false));
    }

    /** LanguageTool marks suggestions in its messages with {@code <suggestion>} tags: show them as quotes. */
    public static String plainMessage(String message) {
        return SUGGESTION_TAG.matcher(message).replaceAll("\"");
    }

    private static Result run(Document document, Language language, LanguageToolPools pools, boolean ownRules) {
        List<Unit> units = document.units();
        int[] starts = new int[units.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            if (i > 0) {
                joined.append(PARAGRAPH_BREAK);
            }
            starts[i] = joined.length();
            joined.append(units.get(i).text());
        }
        String text = joined.toString();
        if (units.isEmpty()) {
            return new Result(text, List.of());
        }
        List<Placed> matches;
        if (ownRules) {
            List<RuleMatch> all = pools.with(language, lt -> lt.check(text));
            if (!pools.addedRules().rulesFor(language).isEmpty()) {
                all = withoutOverlaps(all, language, pools.addedRules());
            }
            matches = all.stream().map(m -> new Placed(m, m.getFromPos(), m.getToPos())).toList();
        } else {
            List<Rule> added = pools.addedRules().rulesFor(language);
            if (added.isEmpty()) {
                return new Result(text, List.of());
            }
            matches = pools.with(language, lt -> checkAnalyzed(lt, text, added));
        }
        List<UnitMatch> placed = new ArrayList<>(matches.size());
        for (Placed p : matches) {
            RuleMatch match = p.match();
            int from = p.from();
            int to = p.to();
            int index = unitAt(starts, from);
            Unit unit = units.get(index);
            int start = from - starts[index];
            int end = Math.min(to - starts[index], unit.text().length());
            if (start < 0 || start > unit.text().length() || end < start) {
                continue;
            }
            placed.add(new UnitMatch(unit, start, end, from, to, match));
        }
        return new Result(text, List.copyOf(placed));
    }

    /**
     * What LanguageTool's own overlap filter would have left of its own rules' matches (the pools turn it off where
     * rules are added, so that added rules and LanguageTool's own do not hide each other), and every added rule's match.
     */
    private static List<RuleMatch> withoutOverlaps(List<RuleMatch> matches, Language language, AddedRules added) {
        List<RuleMatch> own = new ArrayList<>(matches.size());
        List<RuleMatch> theirs = new ArrayList<>();
        for (RuleMatch m : matches) {
            (added.owns(m.getRule()) ? theirs : own).add(m);
        }
        List<RuleMatch> out = new ArrayList<>(new CleanOverlappingFilter(language, false).filter(own));
        out.addAll(theirs);
        return out;
    }

    /**
     * Runs only {@code rules} on LanguageTool's analysis of {@code text}: the cost of tokenizing, tagging and
     * disambiguating, without the thousands of rules of a full check. Positions are made relative to the text.
     */
    private static List<Placed> checkAnalyzed(JLanguageTool lt, String text, List<Rule> rules)
            throws java.io.IOException {
        List<Placed> out = new ArrayList<>();
        int offset = 0;
        for (AnalyzedSentence sentence : lt.analyzeText(text)) {
            List<RuleMatch> found = lt.checkAnalyzedSentence(JLanguageTool.ParagraphHandling.NORMAL, rules, sentence,
                    false);
            for (RuleMatch m : found) {
                out.add(new Placed(m, offset + m.getFromPos(), offset + m.getToPos()));
            }
            offset += sentence.getText().length();
        }
        return out;
    }

    private static int unitAt(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
