package dev.concord.names;

import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.SharedCheckers;
import java.util.ArrayList;
import java.util.List;

/** Runs the shared checker of a language (real LanguageTool) on texts and keeps one rule's issues. */
final class RuleChecks {
    private RuleChecks() {
    }

    /** Issues of {@code ruleId} in texts checked together; {@code locale} may carry a region (fr-CA). */
    static List<Issue> issues(String ruleId, String locale, String... texts) {
        String language = locale.contains("-") ? locale.substring(0, locale.indexOf('-')) : locale;
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            docs.add(Document.ofText("doc" + (i + 1) + ".txt", texts[i]).withTargetLocale(locale));
        }
        return SharedCheckers.withGrammar(language).checkAll(docs).stream()
                .filter(issue -> issue.ruleId().equals(ruleId)).toList();
    }

    /** The flagged texts of issues, in order. */
    static List<String> texts(List<Issue> issues) {
        return issues.stream().map(Issue::text).toList();
    }
}
