package dev.concord.report;

import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.rule.Rule;

/**
 * What reports say about a rule (SARIF lists the rules of its results with their descriptions).
 *
 * @param id              the rule id, or a family id for rules that report sub-ids ({@code lt} for {@code lt.*})
 * @param description     one line saying what it finds
 * @param type            the ITS 2.0 type of its findings
 * @param defaultSeverity its severity unless configured otherwise
 * @param pack            the pack or family it belongs to
 */
public record RuleInfo(String id, String description, IssueType type, Severity defaultSeverity, String pack) {
    /** The report's view of a rule. */
    public static RuleInfo of(Rule rule) {
        return new RuleInfo(rule.id(), rule.description(), rule.type(), rule.defaultSeverity(), rule.pack());
    }

    /**
     * The rule among {@code rules} that describes {@code ruleId}: its own, or the longest family whose id prefixes it
     * ({@code lt} for {@code lt.X}); null when none does.
     */
    public static RuleInfo describing(java.util.List<RuleInfo> rules, String ruleId) {
        RuleInfo family = null;
        for (RuleInfo r : rules) {
            if (r.id().equals(ruleId)) {
                return r;
            }
            if (ruleId.startsWith(r.id() + ".") && (family == null || r.id().length() > family.id().length())) {
                family = r;
            }
        }
        return family;
    }
}
