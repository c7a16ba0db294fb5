package dev.concord.pack;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.grammar.LanguageToolLanguages;
import dev.concord.grammar.LanguageToolPass;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.rule.DocumentRule;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import dev.concord.text.RegexOverrunException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.languagetool.AnalyzedSentence;
import org.languagetool.Language;
import org.languagetool.rules.RuleMatch;

/**
 * Reports what the rule packs find. Their rules live in the LanguageTool objects of each language, so one
 * LanguageTool pass over a document finds what LanguageTool's own rules and the packs say (or, when LanguageTool's
 * grammar rules are off, a pass that analyses the text and runs only the packs' rules). A monolingual rule's match is
 * a finding; a bitext rule's target match counts only in a unit whose source text the rule's source pattern matches,
 * in the aligned source sentence when source and target have as many sentences, else anywhere in the source unit.
 * Where a bilingual rule and a monolingual one flag the same words, the bilingual one (which points into the source)
 * is reported alone. A pack's regular expression that overruns its step budget in Concord's pre-screen (see
 * {@link TargetScreen}) is reported once per rule and document as {@value #REGEX_OVERRUN}, naming the rule and the
 * expression; the screen then stops trying it in that document and lets LanguageTool decide. Stateless.
 */
final class RulePackRule implements DocumentRule {
    /** The id of the finding that tells a pack rule's regular expression took too many steps on a text. */
    static final String REGEX_OVERRUN = "concord.regex-overrun";

    private final RulePacks packs;
    private final LanguageToolPools pools;
    private final boolean grammarRuns;
    private final Set<String> enabled;

    RulePackRule(RulePacks packs, LanguageToolPools pools, boolean grammarRuns, Set<String> enabled) {
        this.packs = packs;
        this.pools = pools;
        this.grammarRuns = grammarRuns;
        this.enabled = Set.copyOf(enabled);
    }

    @Override
    public boolean readsTargetTokens() {
        return true;
    }

    @Override
    public String id() {
        return "pack";
    }

    @Override
    public IssueType type() {
        return IssueType.MISTRANSLATION;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "Rule packs: mistranslations, false friends and calques (LanguageTool pattern and bitext rules)";
    }

    @Override
    public String pack() {
        return "pack";
    }

    @Override
    public void check(List<Document> documents, RuleContext context, FindingSink sink) {
        for (Document document : documents) {
            ULocale target = context.targetLocale(document);
            Language language = target == null ? null : LanguageToolLanguages.find(target);
            if (language == null || document.units().isEmpty() || packs.rulesFor(language).isEmpty()) {
                continue;
            }
            checkDocument(document, target, language, context, sink);
        }
    }

    private void checkDocument(Document document, ULocale target, Language language, RuleContext context,
            FindingSink sink) {
        LanguageToolPass.Result pass;
        if (grammarRuns) {
            pass = LanguageToolPass.allRules(document, language, pools, context);
        } else {
            // Only the units that a pack rule may match are analysed: for most catalogs none, and then no
            // LanguageTool object is built at all. A unit is a paragraph of its own, analysed alone as in the whole.
            Document screened = context.fullAnalysis() ? document
                    : screened(document, target, language, context, sink);
            if (screened.units().isEmpty()) {
                return;
            }
            pass = LanguageToolPass.addedRulesOnly(screened, language, pools, context);
        }
        List<Finding> monolingual = new ArrayList<>();
        List<Finding> bilingual = new ArrayList<>();
        for (LanguageToolPass.UnitMatch placed : pass.matches()) {
            RulePacks.Loaded loaded = packs.loaded(placed.match().getRule());
            if (loaded == null) {
                continue;
            }
            PackRule rule = loaded.rule();
            if (!appliesTo(rule.targetLanguage(), target) || !(rule.onByDefault() || isEnabled(rule.id()))) {
                continue;
            }
            Finding.Builder finding = finding(document, placed, loaded);
            if (!rule.isBilingual()) {
                monolingual.add(finding.build());
                continue;
            }
            Unit unit = placed.unit();
            ULocale source = context.sourceLocale(document);
            if (!unit.isBilingual() || source == null || !source.getLanguage().equals(rule.sourceLanguage())) {
                continue;
            }
            int[] sourceSpan = sourceMatch(unit, placed, loaded, source, language, context);
            if (sourceSpan != null) {
                bilingual.add(finding.source(sourceSpan[0], sourceSpan[1]).build());
            }
        }
        bilingual.forEach(sink::report);
        for (Finding f : monolingual) {
            if (bilingual.stream().noneMatch(b -> b.unit() == f.unit() && b.targetStart() < f.targetEnd()
                    && f.targetStart() < b.targetEnd())) {
                sink.report(f);
            }
        }
    }

    /** The document with only the units that one of the rules that can report in it may match. */
    private Document screened(Document document, ULocale target, Language language, RuleContext context,
            FindingSink sink) {
        TargetScreen screen = context.profile().time("load: rule pack screen " + language.getShortCode(),
                () -> packs.screen(language, false));
        TargetScreen sources = packs.screen(language, true);
        ULocale source = context.sourceLocale(document);
        // One per file, so that a file read in parts gives up on a rule once and reports it once.
        DocumentOverruns overruns = context.documentState(document, DocumentOverruns.class, DocumentOverruns::new);
        List<Unit> kept = new ArrayList<>();
        for (Unit unit : document.units()) {
            overruns.unit = unit;
            if (screen.mayMatch(unit.text(), () -> context.tokens(document, unit),
                    l -> mayReport(l, unit, target, source, sources, context, overruns), overruns)) {
                kept.add(unit);
            }
        }
        overruns.report(this, document, sink);
        return kept.size() == document.units().size() ? document : document.withUnits(kept);
    }

    /**
     * The regular expressions that overran in one file's screen: the first overrun of each rule, with the unit it
     * happened in, reported as one finding per rule once the document (or the part of the file) is screened.
     */
    private static final class DocumentOverruns implements TargetScreen.Overruns {
        /** The first overrun of each rule, in the order they happened. */
        private final Map<RulePacks.Loaded, Overrun> first = new LinkedHashMap<>();
        private final java.util.Set<RulePacks.Loaded> reported = new java.util.HashSet<>();
        Unit unit;

        private record Overrun(Unit unit, RegexOverrunException exception) {
        }

        @Override
        public synchronized boolean gaveUp(RulePacks.Loaded rule) {
            return first.containsKey(rule);
        }

        @Override
        public synchronized void overran(RulePacks.Loaded rule, RegexOverrunException e) {
            first.putIfAbsent(rule, new Overrun(unit, e));
        }

        synchronized void report(RulePackRule packRule, Document document, FindingSink sink) {
            for (Map.Entry<RulePacks.Loaded, Overrun> e : first.entrySet()) {
                if (!reported.add(e.getKey())) {
                    continue;
                }
                String ruleId = e.getKey().rule().id();
                RegexOverrunException x = e.getValue().exception();
                Finding.onUnit(packRule, document, e.getValue().unit())
                        .ruleId(REGEX_OVERRUN)
                        .type(IssueType.OTHER)
                        .severity(Severity.WARNING)
                        .message("rule " + ruleId + ": its regular expression \"" + x.pattern() + "\" took more than "
                                + x.budget() + " steps on this text of " + x.inputLength() + " characters (it"
                                + " backtracks too much), so Concord stopped trying it in this file and left the"
                                + " rule to LanguageTool's own matching: rewrite the expression")
                        .fingerprintKey(REGEX_OVERRUN + ":" + ruleId + ":" + x.pattern())
                        .report(sink);
            }
        }
    }

    /** False when the rule's matches in this unit are never reported (see {@link #checkDocument}). */
    private boolean mayReport(RulePacks.Loaded loaded, Unit unit, ULocale target, ULocale source,
            TargetScreen sources, RuleContext context, TargetScreen.Overruns overruns) {
        PackRule rule = loaded.rule();
        if (!appliesTo(rule.targetLanguage(), target) || !(rule.onByDefault() || isEnabled(rule.id()))) {
            return false;
        }
        if (!rule.isBilingual()) {
            return true;
        }
        if (!unit.isBilingual() || source == null || !source.getLanguage().equals(rule.sourceLanguage())
                || !loaded.sourceMayMatch(unit.source())) {
            return false;
        }
        // The source's lemmas from the tagger alone: a unit's source is analysed fully only for a target match.
        return sources.mayMatch(loaded, unit.source(), () -> context.memo(new SourceReadingsKey(unit),
                () -> context.profile().time("analyse: tagger " + source.getLanguage() + " (source)",
                        () -> context.analyzer().readings(unit.source(), source))), overruns);
    }

    /** The tagger's readings of a unit's source, by unit identity. */
    private record SourceReadingsKey(Unit unit) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SourceReadingsKey k && k.unit == unit;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(unit);
        }
    }

    private Finding.Builder finding(Document document, LanguageToolPass.UnitMatch placed, RulePacks.Loaded loaded) {
        RuleMatch match = placed.match();
        return Finding.on(this, document, placed.unit(), placed.start(), placed.end())
                .ruleId(loaded.rule().id())
                .type(loaded.entry().type())
                .severity(loaded.entry().severity())
                .message(LanguageToolPass.plainMessage(match.getMessage()))
                .suggest(match.getSuggestedReplacements())
                .fingerprintKey(loaded.rule().id() + "[" + loaded.entry().subId() + "]");
    }

    /**
     * Where the rule's source pattern matches the unit's source text, or null: in the source sentence aligned with
     * the target match's sentence when both texts have as many sentences, else in any sentence of the source. Only the
     * sentences looked at are analysed (once per check; LanguageTool's cache shares them with other rules).
     */
    private int[] sourceMatch(Unit unit, LanguageToolPass.UnitMatch placed, RulePacks.Loaded loaded, ULocale source,
            Language targetLanguage, RuleContext context) {
        Language sourceLanguage = LanguageToolLanguages.find(source);
        if (sourceLanguage == null) {
            return null;
        }
        List<String> sources = context.memo(new SentencesKey(unit, true),
                () -> pools.withAnalyzer(sourceLanguage, lt -> lt.sentenceTokenize(unit.source())));
        List<String> targets = context.memo(new SentencesKey(unit, false),
                () -> pools.withAnalyzer(targetLanguage, lt -> lt.sentenceTokenize(unit.text())));
        int from = 0;
        int to = sources.size();
        if (targets.size() == sources.size()) {
            from = sentenceAt(targets, placed.start());
            to = from + 1;
        }
        try {
            for (int i = from; i < to; i++) {
                String sentence = sources.get(i);
                if (!loaded.sourceMayMatch(sentence)) {
                    continue;
                }
                AnalyzedSentence analyzed = context.memo(new SourceSentenceKey(unit, i),
                        () -> context.profile().time("analyse: LanguageTool " + sourceLanguage.getShortCode()
                                + " (source)", () -> pools.withAnalyzer(sourceLanguage,
                                        lt -> lt.getAnalyzedSentence(sentence))));
                RuleMatch[] matches = loaded.sourcePattern().match(analyzed);
                if (matches.length > 0) {
                    int start = startOf(sources, i);
                    int length = unit.source().length();
                    int s = Math.min(length, start + matches[0].getFromPos());
                    return new int[] {s, Math.max(s, Math.min(length, start + matches[0].getToPos()))};
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private static int startOf(List<String> sentences, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            start += sentences.get(i).length();
        }
        return start;
    }

    private static int sentenceAt(List<String> sentences, int offset) {
        int end = 0;
        for (int i = 0; i < sentences.size(); i++) {
            end += sentences.get(i).length();
            if (offset < end) {
                return i;
            }
        }
        return sentences.size() - 1;
    }

    /** True when a pack for {@code packLanguage} ({@code fr}, {@code fr-CA}) checks text in {@code locale}. */
    static boolean appliesTo(String packLanguage, ULocale locale) {
        int dash = packLanguage.indexOf('-');
        if (dash < 0) {
            return packLanguage.equals(locale.getLanguage());
        }
        return packLanguage.substring(0, dash).equals(locale.getLanguage())
                && packLanguage.substring(dash + 1).equalsIgnoreCase(locale.getCountry());
    }

    /** True when the id, or a dotted prefix of it ({@code pack.fr}), was enabled. */
    private boolean isEnabled(String id) {
        if (enabled.contains(id)) {
            return true;
        }
        for (int dot = id.indexOf('.'); dot > 0; dot = id.indexOf('.', dot + 1)) {
            if (enabled.contains(id.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    /** One analysed sentence of a unit's source, by unit identity. */
    private record SourceSentenceKey(Unit unit, int index) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SourceSentenceKey k && k.unit == unit && k.index == index;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(unit) * 31 + index;
        }
    }

    /** A unit's source or target sentences, by unit identity. */
    private record SentencesKey(Unit unit, boolean source) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SentencesKey k && k.unit == unit && k.source == source;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(unit) * 31 + (source ? 1 : 0);
        }
    }
}
