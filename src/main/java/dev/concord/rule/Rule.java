package dev.concord.rule;

import dev.concord.IssueType;
import dev.concord.Severity;

/**
 * A check. Rules are stateless: whatever a run needs lives in its {@link RuleContext}, so that one rule object serves
 * every thread and every check. A rule is a {@link UnitRule} (sees one unit at a time) or a {@link DocumentRule}
 * (sees a whole document, or all documents of a check). Register one with a {@code ServiceLoader} entry for
 * {@code dev.concord.rule.Rule} (a public no-argument constructor) or through a {@link RuleProvider}.
 */
public interface Rule {
    /** A stable id, dotted and lowercase, such as {@code names.inconsistent}. */
    String id();

    /** The ITS 2.0 type of what this rule finds. */
    IssueType type();

    /** The severity of its findings unless configured otherwise. */
    Severity defaultSeverity();

    /** One line saying what the rule finds. */
    String description();

    /** The MQM category path of its findings. */
    default String mqm() {
        return type().mqm();
    }

    /** The pack or family the rule belongs to, for listing and disabling: core, grammar, terms, names... */
    default String pack() {
        return "core";
    }

    /** True when the rule compares source and target, and so runs only on bilingual units. */
    default boolean isBilingual() {
        return false;
    }

    /**
     * True when the rule looks at code, markup and URLs on purpose (placeholder and tag checks); otherwise its
     * findings inside a unit's protected ranges are dropped.
     */
    default boolean checksProtectedText() {
        return false;
    }
}
