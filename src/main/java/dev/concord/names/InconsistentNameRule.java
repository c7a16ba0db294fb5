package dev.concord.names;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.rule.DocumentRule;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code names.inconsistent}: one name written two ways in a document or across the documents of a check
 * ("Tokaïev" twice, "Tokayev" once), found without a glossary by transliteration skeletons. The spellings that differ
 * from the locale's standard spelling (where the name table knows it) or else from the most written one are reported,
 * with that spelling as suggestion. A name only ever written one way is never reported here, nor two spellings that
 * romanise different Han characters of a Chinese source ({@link HanSourceNames}).
 */
public final class InconsistentNameRule implements DocumentRule {
    @Override
    public boolean readsTargetTokens() {
        return true;
    }

    @Override
    public String id() {
        return "names.inconsistent";
    }

    @Override
    public IssueType type() {
        return IssueType.INCONSISTENT_ENTITIES;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "One name written two ways (Tokaïev, Tokayev): transliteration variants found without a glossary";
    }

    /** At most this many occurrences of the other spelling are attached to a finding. */
    private static final int MAX_RELATED = 5;

    @Override
    public String pack() {
        return "names";
    }

    @Override
    public Scope scope() {
        return Scope.PROJECT;
    }

    @Override
    public void check(List<Document> documents, RuleContext context, FindingSink sink) {
        for (NameAnalysis.Group g : NameAnalysis.of(documents, context).groups()) {
            if (g.variants().size() < 2) {
                continue;
            }
            String standard = g.entry() == null ? null : g.entry().standard(g.language());
            NameAnalysis.Variant reference = standard != null && g.variant(standard) != null
                    ? g.variant(standard) : g.majority();
            boolean standardUnused = standard != null && g.variant(standard) == null;
            for (NameAnalysis.Variant v : g.variants()) {
                if (v == reference || HanSourceNames.differentNames(v.spelling(), v.mentions(),
                        reference.spelling(), reference.mentions())) {
                    continue; // Yungang (云港) and Yonggang (永刚): the sources tell two names apart
                }
                for (NameMention m : v.mentions()) {
                    List<String> suggestions = new ArrayList<>(2);
                    String prefix = m.spelling().substring(0, m.spelling().length() - v.spelling().length());
                    if (standardUnused) {
                        suggestions.add(prefix + standard);
                    }
                    suggestions.add(prefix + reference.spelling());
                    Finding.Builder b = Finding.on(this, m.document(), m.unit(), m.start(), m.end())
                            .message(message(m, v, reference, g, standard))
                            .suggest(suggestions)
                            .fingerprintKey(reference.spelling());
                    // The other spelling's occurrences, so that editors and SARIF viewers can show them.
                    int shown = 0;
                    for (NameMention r : reference.mentions()) {
                        if (shown++ == MAX_RELATED) {
                            break;
                        }
                        b.related(r.document(), r.unit(), r.start(), r.end(),
                                "written '" + reference.spelling() + "' here");
                    }
                    b.report(sink);
                }
            }
        }
    }

    private static String message(NameMention m, NameAnalysis.Variant v, NameAnalysis.Variant reference,
            NameAnalysis.Group g, String standard) {
        StringBuilder b = new StringBuilder();
        b.append('\'').append(v.spelling()).append('\'');
        if (!m.isLast() || !m.standsAlone()) {
            b.append(" (in '").append(NameMessages.runText(m)).append("')");
        }
        b.append(" is written '").append(reference.spelling()).append("' ")
                .append(NameMessages.times(reference.count())).append(' ')
                .append(NameMessages.places(reference.mentions(), m.document()));
        if (standard != null) {
            b.append("; ").append(NameMessages.languageName(g.language())).append(" usage is '").append(standard)
                    .append('\'');
        }
        return b.append(": one name, two spellings").toString();
    }
}
