package dev.concord.grammar;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.Language;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;

/**
 * LanguageTool's own account of the matches a checker reports, for a front end that answers in LanguageTool's terms
 * (the HTTP API): the message with the language's typography, the short message, the sub-id, the URL, the match type,
 * each suggestion's description, and the rule's category. Give one to a checker as a component
 * ({@code CheckerBuilder.component(LanguageToolMatchDetails.class, details)}); it holds the details of a document
 * from {@link #expect(String)} until {@link #take(String)}, and drops those of documents nobody expects (a check
 * that went on after its caller gave up). Thread-safe.
 */
public final class LanguageToolMatchDetails {
    /** Where a match is: its unit, its UTF-16 offsets in the unit's text, and its rule id ({@code lt.X}). */
    public record Key(String unitId, int start, int end, String ruleId) {
    }

    /** What LanguageTool says of one match. */
    public record Details(String specificId, String message, String shortMessage, String subId, String url,
            String typeName, List<String> replacementDescriptions, String description, String issueType,
            String categoryId, String categoryName, List<String> tags, boolean tempOff) {
    }

    private final Map<String, Map<Key, Details>> byDocument = new ConcurrentHashMap<>();

    /** Records a match that became an issue of {@code document}. */
    void record(String document, String unitId, int start, int end, String ruleId, RuleMatch match,
            Language language) {
        Rule rule = match.getRule();
        String message = language.toAdvancedTypography(match.getMessage());
        String shortMessage = match.getShortMessage() == null ? "" : match.getShortMessage();
        String subId = rule instanceof org.languagetool.rules.patterns.AbstractPatternRule p ? p.getSubId() : null;
        String url = match.getUrl() != null ? match.getUrl().toString()
                : rule.getUrl() != null ? rule.getUrl().toString() : null;
        List<String> described = match.getSuggestedReplacementObjects().stream()
                .map(SuggestedReplacement::getShortDescription).toList();
        Details d = new Details(match.getSpecificRuleId(), message, shortMessage, subId, url,
                String.valueOf(match.getType()), described.stream().map(s -> s == null ? "" : s).toList(),
                rule.getDescription(), String.valueOf(rule.getLocQualityIssueType()),
                rule.getCategory().getId().toString(), rule.getCategory().getName(),
                rule.getTags().stream().map(String::valueOf).toList(), rule.isDefaultTempOff());
        Map<Key, Details> of = byDocument.get(document);
        if (of != null) {
            of.put(new Key(unitId, start, end, ruleId), d);
        }
    }

    /** Starts holding the details of the document called {@code document}. */
    public void expect(String document) {
        byDocument.put(document, new ConcurrentHashMap<>());
    }

    /** The details recorded for a document, removed from here. */
    public Map<Key, Details> take(String document) {
        Map<Key, Details> d = byDocument.remove(document);
        return d == null ? Map.of() : d;
    }
}
