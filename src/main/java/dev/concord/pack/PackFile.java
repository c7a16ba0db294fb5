package dev.concord.pack;

import dev.concord.IssueType;
import dev.concord.Severity;
import java.util.List;

/**
 * A rule file, read and checked: its text (which LanguageTool's loaders read again), what each of its rules declares
 * beyond what LanguageTool keeps (ITS type, severity, line, examples with their corrections), and the text ranges of
 * its rules, to find which rule LanguageTool's loader failed on. Immutable.
 *
 * @param name      the file as users know it (the path given, or {@code concord-rules/...} for bundled files)
 * @param prologue  the root start tag and any {@code <phrases>} and {@code <unification>} sections: what a single
 *                  rule needs around it to be loaded alone
 */
record PackFile(
        String name,
        String pack,
        String sourceLanguage,
        String targetLanguage,
        String xml,
        List<Entry> entries,
        List<Block> blocks,
        String prologue,
        boolean bundled) {

    PackFile {
        entries = List.copyOf(entries);
        blocks = List.copyOf(blocks);
    }

    boolean isBilingual() {
        return sourceLanguage != null;
    }

    /**
     * What one {@code <rule>} element declares.
     *
     * @param subId  its number in its rule group (1 for a rule outside any group), as LanguageTool numbers them
     */
    record Entry(
            String ruleId,
            int subId,
            int line,
            String description,
            IssueType type,
            Severity severity,
            boolean onByDefault,
            List<Example> examples) {

        Entry {
            examples = List.copyOf(examples);
        }
    }

    /**
     * An example of a rule: an incorrect one (the rule must flag its marked span, suggesting its corrections) or a
     * correct one (no rule may flag anything in it). Texts keep their {@code <marker>} tags.
     *
     * @param source  the source sentence of a bilingual example, or null
     */
    record Example(boolean incorrect, String text, String source, List<String> corrections, int line) {
        Example {
            corrections = List.copyOf(corrections);
        }
    }

    /** The text range [start, end) of a top-level {@code <rule>} or {@code <rulegroup>} element. */
    record Block(String ruleId, int line, int start, int end) {
    }
}
