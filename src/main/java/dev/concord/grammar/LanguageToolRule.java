package dev.concord.grammar;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.DocumentRule;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.qa.CodeRanges;
import dev.concord.rule.RuleContext;
import dev.concord.text.TextRange;
import java.util.List;
import org.languagetool.Language;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool's grammar, style and spelling rules as one rule family. A document's units are checked together,
 * joined as paragraphs, so that LanguageTool sees each paragraph whole and in its context; each match becomes a
 * finding with the id {@code lt.<LanguageTool rule id>}, its ITS type, and LanguageTool's replacements as
 * suggestions. Spelling alarms on proper names (see {@link ProperNames}) are left out unless the settings ask for
 * them: names are what the name rules check, and LanguageTool's dictionaries do not hold them. Matches of rules that
 * Concord added to the LanguageTool objects (rule packs) are left to the rule that added them.
 */
public final class LanguageToolRule implements DocumentRule {
    /** Prefix of the ids of this family's findings. */
    public static final String ID_PREFIX = "lt.";
    /** Replacements offered per match: LanguageTool offers dozens for an unknown name, which helps nobody. */
    private static final int MAX_SUGGESTIONS = 5;

    private final LanguageToolPools pools;

    public LanguageToolRule(LanguageToolPools pools) {
        this.pools = pools;
    }

    @Override
    public String id() {
        return "lt";
    }

    @Override
    public IssueType type() {
        return IssueType.GRAMMAR;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "LanguageTool's grammar, style and spelling rules for the target language";
    }

    @Override
    public String pack() {
        return "grammar";
    }

    @Override
    public void check(List<Document> documents, RuleContext context, FindingSink sink) {
        for (Document document : documents) {
            ULocale locale = context.targetLocale(document);
            Language language = locale == null ? null : LanguageToolLanguages.find(locale);
            if (language == null || document.units().isEmpty()) {
                continue;
            }
            checkDocument(document, language, context, sink);
        }
    }

    private void checkDocument(Document document, Language language, RuleContext context, FindingSink sink) {
        LanguageToolPass.Result pass = LanguageToolPass.allRules(document, language, pools, context);
        AddedRules added = pools.addedRules();
        ProperNames names = new ProperNames(pass.text(), language.getShortCode());
        Unit codeOf = null;
        List<TextRange> code = List.of();
        for (LanguageToolPass.UnitMatch placed : pass.matches()) {
            RuleMatch match = placed.match();
            org.languagetool.rules.Rule ltRule = match.getRule();
            if (added.owns(ltRule)) {
                continue; // a rule pack's match: the pack rule reports it
            }
            Unit unit = placed.unit();
            if (unit != codeOf) {
                codeOf = unit;
                code = CodeRanges.ofTarget(unit);
            }
            if (CodeRanges.overlaps(code, placed.start(), placed.end())) {
                continue; // a placeholder, tag, URL, path or code span: not language
            }
            IssueType type = IssueType.fromIts(String.valueOf(ltRule.getLocQualityIssueType()));
            boolean spelling = ltRule.isDictionaryBasedSpellingRule() || type == IssueType.MISSPELLING;
            if (spelling && !pools.settings().checkNameSpelling()
                    && names.isName(placed.textStart(), placed.textEnd(), unit.source())) {
                continue;
            }
            if (spelling && unit.source() != null
                    && ProperNames.containsWord(unit.source(), unit.text().substring(placed.start(), placed.end()))) {
                continue; // the word stands unchanged in the source: an identifier, a product name, a unit symbol
            }
            List<String> replacements = match.getSuggestedReplacements();
            Finding.on(this, document, unit, placed.start(), placed.end())
                    .ruleId(ID_PREFIX + ltRule.getId())
                    .type(type)
                    .severity(severityOf(type))
                    .message(plainMessage(match.getMessage()))
                    .suggest(replacements.subList(0, Math.min(MAX_SUGGESTIONS, replacements.size())))
                    .fingerprintKey(ltRule.getFullId())
                    .report(sink);
        }
    }

    /** Spelling and grammar are errors; style and register hints are infos; the rest (typography...) warnings. */
    static Severity severityOf(IssueType type) {
        return switch (type) {
            case MISSPELLING, GRAMMAR -> Severity.ERROR;
            case STYLE, REGISTER -> Severity.INFO;
            default -> Severity.WARNING;
        };
    }

    /** LanguageTool marks suggestions in its messages with {@code <suggestion>} tags: show them as quotes. */
    static String plainMessage(String message) {
        return LanguageToolPass.plainMessage(message);
    }
}
