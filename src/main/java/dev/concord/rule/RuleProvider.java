package dev.concord.rule;

import java.util.List;

/**
 * Supplies rules that depend on the checker's setup (rule packs read from folders, termbases). Registered with a
 * {@code ServiceLoader} entry for {@code dev.concord.rule.RuleProvider}.
 */
public interface RuleProvider {
    /** The rules for a checker with this setup; empty when the setup gives this provider nothing to do. */
    List<Rule> rules(RuleSetup setup);
}
