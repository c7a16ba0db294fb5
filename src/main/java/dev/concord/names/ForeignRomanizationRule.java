package dev.concord.names;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.rule.DocumentRule;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import java.util.List;

/**
 * {@code names.foreign-romanization}: a name written consistently, but the way another language writes it: English
 * "Lukashenko" in a French text, where French writes "Loukachenko". Only names of the name table, only spellings that
 * are another language's standard, never given names (people choose their own) and never a word the text's
 * dictionary knows as its own proper noun. Quiet when the spelling is the locale's own.
 */
public final class ForeignRomanizationRule implements DocumentRule {
    @Override
    public String id() {
        return "names.foreign-romanization";
    }

    @Override
    public IssueType type() {
        return IssueType.LOCALE_VIOLATION;
    }

    @Override
    public String mqm() {
        return "Locale convention/Name format";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "A name written as another language writes it (Lukashenko in French, which writes Loukachenko)";
    }

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
        NameTable table = context.component(NameTable.class).orElseGet(NameTable::bundled);
        for (NameAnalysis.Group g : NameAnalysis.of(documents, context).groups()) {
            NameTable.Entry entry = g.entry();
            if (entry == null || entry.noForeign() || entry.kind() == NameTable.Kind.GIVEN) {
                continue;
            }
            String standard = entry.standard(g.language());
            if (standard == null || g.variant(standard) != null) {
                continue; // unknown locally, or the text already writes the local spelling (names.inconsistent)
            }
            // With several spellings, names.inconsistent reports the others; the most written one is this rule's.
            NameAnalysis.Variant v = g.majority();
            if (entry.accepts(g.language(), v.spelling())) {
                continue;
            }
            List<String> writers = entry.languagesWriting(v.spelling(), table.languages());
            writers.remove(g.language());
            if (writers.isEmpty() || v.mentions().stream().anyMatch(NameMention::knownProper)) {
                continue;
            }
            String message = "'" + v.spelling() + "' is the " + NameMessages.languageNames(writers) + " spelling; "
                    + NameMessages.languageName(g.language()) + " texts write '" + standard + "'";
            for (NameMention m : v.mentions()) {
                // A place name inside a longer name is another thing ("Georgia Tech", "Moscow Times").
                if (entry.kind() == NameTable.Kind.PLACE && !m.standsAlone()) {
                    continue;
                }
                String prefix = m.spelling().substring(0, m.spelling().length() - v.spelling().length());
                Finding.on(this, m.document(), m.unit(), m.start(), m.end())
                        .message(message)
                        .suggest(prefix + standard)
                        .fingerprintKey(standard)
                        .report(sink);
            }
        }
    }
}
