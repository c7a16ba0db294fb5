package dev.concord.qa;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;

/**
 * {@code qa.malformed-entry}: an entry of a translation file that its reader could read but that breaks the format's
 * rules (a PO entry with more plural forms than its header's nplurals, a duplicate msgid, msgstr[n] without
 * msgid_plural). Tools such as {@code msgfmt -c} refuse the file for it; Concord reports the entry and checks the
 * rest of the file. The reader says what is wrong in the unit's {@link Unit#DEFECT} property.
 */
public final class MalformedEntryRule extends QaRule {
    public MalformedEntryRule() {
        super("qa.malformed-entry", IssueType.NON_CONFORMANCE, Severity.WARNING,
                "an entry breaks its file format's rules (plural forms, duplicates) but can still be read");
    }

    @Override
    public boolean isBilingual() {
        return false;
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        String defect = unit.properties().get(Unit.DEFECT);
        if (defect != null) {
            Finding.onUnit(this, document, unit).message(defect).report(sink);
        }
    }
}
