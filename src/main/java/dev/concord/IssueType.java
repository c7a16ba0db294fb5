package dev.concord;

import java.util.Locale;

/**
 * The ITS 2.0 localization quality issue types ({@code locQualityIssueType}), each with the MQM category path
 * that Concord reports for it unless a rule names a more precise one.
 */
public enum IssueType {
    TERMINOLOGY("terminology", "Terminology"),
    MISTRANSLATION("mistranslation", "Accuracy/Mistranslation"),
    OMISSION("omission", "Accuracy/Omission"),
    UNTRANSLATED("untranslated", "Accuracy/Untranslated"),
    ADDITION("addition", "Accuracy/Addition"),
    DUPLICATION("duplication", "Fluency/Duplication"),
    INCONSISTENCY("inconsistency", "Fluency/Inconsistency"),
    GRAMMAR("grammar", "Fluency/Grammar"),
    LEGAL("legal", "Verity/Legal requirements"),
    REGISTER("register", "Style/Register"),
    LOCALE_SPECIFIC_CONTENT("locale-specific-content", "Verity/Locale-specific content"),
    LOCALE_VIOLATION("locale-violation", "Locale convention"),
    STYLE("style", "Style"),
    CHARACTERS("characters", "Fluency/Character encoding"),
    MISSPELLING("misspelling", "Fluency/Spelling"),
    TYPOGRAPHICAL("typographical", "Fluency/Typography"),
    FORMATTING("formatting", "Design/Local formatting"),
    INCONSISTENT_ENTITIES("inconsistent-entities", "Fluency/Inconsistency/Inconsistent entities"),
    NUMBERS("numbers", "Locale convention/Number format"),
    MARKUP("markup", "Design/Markup"),
    PATTERN_PROBLEM("pattern-problem", "Fluency/Pattern problem"),
    WHITESPACE("whitespace", "Fluency/Typography/Whitespace"),
    INTERNATIONALIZATION("internationalization", "Internationalization"),
    LENGTH("length", "Design/Length"),
    NON_CONFORMANCE("non-conformance", "Other/Non-conformance"),
    UNCATEGORIZED("uncategorized", "Other"),
    OTHER("other", "Other");

    private final String itsName;
    private final String mqm;

    IssueType(String itsName, String mqm) {
        this.itsName = itsName;
        this.mqm = mqm;
    }

    /** The ITS 2.0 value, such as {@code inconsistent-entities}. */
    public String itsName() {
        return itsName;
    }

    /** The default MQM category path for this type, such as {@code Accuracy/Mistranslation}. */
    public String mqm() {
        return mqm;
    }

    /** The type for an ITS 2.0 value (any case, '_' or '-'); OTHER when the value is unknown. */
    public static IssueType fromIts(String value) {
        if (value != null) {
            String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            for (IssueType t : values()) {
                if (t.itsName.equals(v)) {
                    return t;
                }
            }
        }
        return OTHER;
    }

    @Override
    public String toString() {
        return itsName;
    }
}
