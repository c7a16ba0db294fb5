package dev.concord.qa;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import dev.concord.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/** {@code qa.links}: URLs and e-mail addresses of the source missing or changed in the target, or added to it. */
public final class LinkRule extends QaRule {
    public LinkRule() {
        super("qa.links", IssueType.PATTERN_PROBLEM, Severity.WARNING,
                "URLs and e-mail addresses missing, changed or added");
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
        if (source.links.isEmpty() && target.links.isEmpty()) {
            return;
        }
        List<TextRange> missing = new ArrayList<>(source.links);
        List<TextRange> extra = new ArrayList<>();
        for (TextRange t : target.links) {
            String link = target.text.substring(t.start(), t.end());
            TextRange match = missing.stream().filter(s -> source.text.substring(s.start(), s.end()).equals(link))
                    .findFirst().orElse(null);
            if (match != null) {
                missing.remove(match);
            } else {
                extra.add(t);
            }
        }
        if (missing.size() == 1 && extra.size() == 1) {
            TextRange s = missing.get(0);
            TextRange t = extra.get(0);
            String was = source.text.substring(s.start(), s.end());
            Finding.on(this, document, unit, t.start(), t.end()).source(s.start(), s.end())
                    .message(kind(was) + " " + quote(was) + " of the source became "
                            + quote(target.text.substring(t.start(), t.end())) + " in the target")
                    .suggest(was)
                    .report(sink);
            return;
        }
        for (TextRange s : missing) {
            String was = source.text.substring(s.start(), s.end());
            Finding.onUnit(this, document, unit).source(s.start(), s.end()).type(IssueType.OMISSION)
                    .message(kind(was) + " " + quote(was) + " of the source is missing from the target")
                    .fingerprintKey(was)
                    .report(sink);
        }
        for (TextRange t : extra) {
            String now = target.text.substring(t.start(), t.end());
            Finding.on(this, document, unit, t.start(), t.end())
                    .message(kind(now) + " " + quote(now) + " is not in the source")
                    .report(sink);
        }
    }

    private static String kind(String link) {
        return link.contains("@") && !link.contains("/") ? "e-mail address" : "URL";
    }
}
