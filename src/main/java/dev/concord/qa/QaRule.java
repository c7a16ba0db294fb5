package dev.concord.qa;

import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.rule.UnitRule;

/** What the QA checks share: their metadata, the "qa" pack, and comparing source with target by default. */
abstract class QaRule implements UnitRule {
    private final String id;
    private final IssueType type;
    private final Severity severity;
    private final String description;

    QaRule(String id, IssueType type, Severity severity, String description) {
        this.id = id;
        this.type = type;
        this.severity = severity;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public IssueType type() {
        return type;
    }

    @Override
    public Severity defaultSeverity() {
        return severity;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String pack() {
        return "qa";
    }

    @Override
    public boolean isBilingual() {
        return true;
    }

    /** Text for a message: quoted, on one line, shortened when long. */
    static String quote(String s) {
        String t = s.replace("\n", "\\n").replace("\t", "\\t");
        if (t.length() > 60) {
            t = t.substring(0, 57) + "...";
        }
        return "\"" + t + "\"";
    }
}
