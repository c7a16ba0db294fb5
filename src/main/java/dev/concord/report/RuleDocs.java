package dev.concord.report;

/** Where a rule's documentation lives on the web, for reports and editors that link to it. */
public final class RuleDocs {
    private static final String LANGUAGETOOL_RULE = "https://community.languagetool.org/rule/show/";

    private RuleDocs() {
    }

    /**
     * The documentation page of a rule, or null where there is none on the web: LanguageTool's rules ({@code lt.*})
     * have a page on LanguageTool's community site; Concord's own rules are documented in its README and by
     * {@code concord rules} and the language server's hover, which need no network.
     */
    public static String helpUri(String ruleId) {
        if (ruleId != null && ruleId.startsWith("lt.") && ruleId.length() > 3) {
            return LANGUAGETOOL_RULE + ruleId.substring(3);
        }
        return null;
    }
}
