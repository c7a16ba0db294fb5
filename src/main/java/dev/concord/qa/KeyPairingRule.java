package dev.concord.qa;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;

/**
 * The keys of message files (JSON, .properties) that do not pair: {@code qa.missing-key} for a key of the source file
 * that the target file lacks (untranslated), {@code qa.extra-key} for a key only the target file has (an addition,
 * often a key removed from the source and left behind).
 */
public abstract class KeyPairingRule extends QaRule {
    private final String pairing;

    KeyPairingRule(String id, IssueType type, Severity severity, String description, String pairing) {
        super(id, type, severity, description);
        this.pairing = pairing;
    }

    @Override
    public boolean isBilingual() {
        return false;
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        if (pairing.equals(unit.properties().get("pairing"))) {
            report(document, unit, sink);
        }
    }

    abstract void report(Document document, Unit unit, FindingSink sink);

    /** {@code qa.missing-key}. */
    public static final class Missing extends KeyPairingRule {
        public Missing() {
            super("qa.missing-key", IssueType.UNTRANSLATED, Severity.WARNING,
                    "a key of the source file is missing from the target file", "missing-in-target");
        }

        @Override
        void report(Document document, Unit unit, FindingSink sink) {
            String category = unit.properties().get("pluralCategory");
            if (category != null) {
                // A plural form the target language has and the file lacks: the "other" form stands in for it.
                Finding.onUnit(this, document, unit).severity(Severity.WARNING)
                        .message("plural form \"" + category + "\" of the target language is missing (key \""
                                + unit.id() + "\"): the \"other\" form is used instead")
                        .report(sink);
                return;
            }
            Finding.onUnit(this, document, unit)
                    .message("key \"" + unit.id() + "\" is missing: the source says " + quote(unit.source()))
                    .report(sink);
        }
    }

    /** {@code qa.extra-key}. */
    public static final class Extra extends KeyPairingRule {
        public Extra() {
            super("qa.extra-key", IssueType.ADDITION, Severity.WARNING,
                    "a key of the target file is not in the source file", "missing-in-source");
        }

        @Override
        void report(Document document, Unit unit, FindingSink sink) {
            Finding.onUnit(this, document, unit)
                    .message("key \"" + unit.id() + "\" is not in the source file (left over, or misspelled?)")
                    .report(sink);
        }
    }
}
