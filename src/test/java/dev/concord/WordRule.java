package dev.concord;

import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import dev.concord.rule.UnitRule;

/** A test rule that flags every occurrence of one word, to see where issues land. */
public final class WordRule implements UnitRule {
    private final String word;
    private final String id;

    public WordRule(String word) {
        this(word, "test.word");
    }

    public WordRule(String word, String id) {
        this.word = word;
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public IssueType type() {
        return IssueType.TERMINOLOGY;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "flags the word " + word;
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        String text = unit.text();
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            Finding.on(this, document, unit, i, i + word.length()).message("found " + word).suggest("X").report(sink);
        }
    }
}
