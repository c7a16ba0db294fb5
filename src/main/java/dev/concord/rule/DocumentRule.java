package dev.concord.rule;

import dev.concord.Document;
import java.util.List;

/**
 * A rule that needs a whole document (consistency within it) or every document of a check (consistency across a
 * project).
 */
public interface DocumentRule extends Rule {
    /** Whether the rule sees one document at a time or all documents of a check at once. */
    enum Scope {
        DOCUMENT,
        PROJECT
    }

    default Scope scope() {
        return Scope.DOCUMENT;
    }

    /**
     * True when the rule reads the tokens of the target texts ({@link RuleContext#tokens}): a checker that checks a
     * long document on several threads then has them analysed while the unit rules run, instead of after.
     */
    default boolean readsTargetTokens() {
        return false;
    }

    /**
     * Reports what is wrong in {@code documents}: one document for {@link Scope#DOCUMENT} rules, all documents
     * of the check for {@link Scope#PROJECT} rules.
     */
    void check(List<Document> documents, RuleContext context, FindingSink sink);
}
