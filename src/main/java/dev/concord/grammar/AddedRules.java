package dev.concord.grammar;

import java.util.List;
import org.languagetool.Language;
import org.languagetool.rules.Rule;

/**
 * Rules that Concord adds to LanguageTool's own in every LanguageTool object of a pool (the rule packs), so that one
 * LanguageTool pass over a text finds what both say. Implementations are thread-safe.
 */
public interface AddedRules {
    /** No added rules. */
    AddedRules NONE = new AddedRules() {
        @Override
        public List<Rule> rulesFor(Language language) {
            return List.of();
        }

        @Override
        public boolean owns(Rule rule) {
            return false;
        }
    };

    /**
     * The rules to add to a LanguageTool object of {@code language}; empty when there are none. The same objects may be
     * given to several LanguageTool objects used from different threads, as LanguageTool's own multi-threaded checker
     * does with its rules.
     */
    List<Rule> rulesFor(Language language);

    /** True when {@code rule} is one of the added rules: its matches are not LanguageTool's own findings. */
    boolean owns(Rule rule);
}
