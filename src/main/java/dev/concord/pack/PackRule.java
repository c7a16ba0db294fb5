package dev.concord.pack;

import dev.concord.IssueType;
import dev.concord.Severity;

/**
 * One rule of a rule pack, as users see it: its Concord id ({@code pack.<pack>.<rule id>}), the pack, the rule's id
 * in its file, what it finds (ITS type, severity, a one-line description), where it is written, and whether it runs
 * unless asked ({@code default="off"} rules run only when enabled by id).
 *
 * @param id              the Concord id, such as {@code pack.en-fr.EVENTUALLY_EVENTUELLEMENT}
 * @param pack            the pack's name: its folder, such as {@code fr} or {@code en-fr}
 * @param ruleId          the rule's (or rule group's) id in its file
 * @param sourceLanguage  the source language of a bilingual rule, or null for a monolingual one
 * @param targetLanguage  the language of the checked text
 * @param file            the rule file, as given or as bundled ({@code concord-rules/fr/...})
 * @param line            the line of the rule in its file (1-based)
 */
public record PackRule(
        String id,
        String pack,
        String ruleId,
        IssueType type,
        Severity severity,
        String description,
        String sourceLanguage,
        String targetLanguage,
        boolean onByDefault,
        String file,
        int line) {

    /** Prefix of every rule pack id. */
    public static final String ID_PREFIX = "pack.";

    /** True when the rule compares a source text with its translation (LanguageTool's bitext format). */
    public boolean isBilingual() {
        return sourceLanguage != null;
    }

    /** The Concord id of a rule of a pack. */
    static String idOf(String pack, String ruleId) {
        return ID_PREFIX + pack + "." + ruleId;
    }
}
