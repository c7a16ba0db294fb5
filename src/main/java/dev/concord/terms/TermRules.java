package dev.concord.terms;

import dev.concord.rule.Rule;
import dev.concord.rule.RuleProvider;
import dev.concord.rule.RuleSetup;
import java.util.List;

/**
 * Supplies the term rules ({@code term.deprecated}, {@code term.missing}, {@code term.inconsistent}) to checkers
 * that have a {@link Termbase}; to others, nothing.
 */
public final class TermRules implements RuleProvider {
    @Override
    public List<Rule> rules(RuleSetup setup) {
        return setup.component(Termbase.class)
                .filter(t -> t.size() > 0)
                .<List<Rule>>map(t -> List.of(new DeprecatedTermRule(t), new MissingTermRule(t),
                        new InconsistentTermRule(t)))
                .orElse(List.of());
    }
}
