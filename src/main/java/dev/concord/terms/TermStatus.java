package dev.concord.terms;

import java.util.Locale;

/**
 * How a termbase rates a term: preferred, admitted, deprecated, or not said. Terms whose status is not given count as
 * approved, as in most glossaries, which list only the terms to use.
 */
public enum TermStatus {
    /** The term to use (TBX {@code preferredTerm-admn-sts}; also standardized, legal and regulated terms). */
    PREFERRED,
    /** A term that may be used (TBX {@code admittedTerm-admn-sts}). */
    ADMITTED,
    /** A term not to use (TBX {@code deprecatedTerm-admn-sts} and {@code supersededTerm-admn-sts}; forbidden). */
    DEPRECATED,
    /** The termbase gives no status: the term is approved. */
    UNSPECIFIED;

    /** True for terms a translation may use: preferred, admitted, or without status. */
    public boolean isApproved() {
        return this != DEPRECATED;
    }

    /** The lowercase name, as {@code concord terms} prints it and CSV glossaries write it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a status as termbases write it: TBX values of {@code administrativeStatus} ({@code preferredTerm-admn-sts}
     * ...) and {@code normativeAuthorization} ({@code preferredTerm}, {@code supersededTerm}, {@code legalTerm}...),
     * and the plain words glossaries use (preferred, approved, allowed, deprecated, forbidden, obsolete...), in any
     * case. Returns null for a value it does not know, so that the reader can say where it stands.
     */
    public static TermStatus parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replaceAll("-admn-sts$", "").replaceAll("[^\\p{L}]", "");
        if (v.endsWith("term") && v.length() > 4) {
            v = v.substring(0, v.length() - 4);
        }
        return switch (v) {
            case "", "none", "unspecified" -> UNSPECIFIED;
            case "preferred", "prefer", "standardized", "standardised", "legal", "regulated", "mandatory",
                    "required", "main", "primary" -> PREFERRED;
            case "admitted", "admissible", "approved", "accepted", "allowed", "permitted", "acceptable", "tolerated",
                    "synonym", "alternative", "variant" -> ADMITTED;
            case "deprecated", "superseded", "forbidden", "prohibited", "banned", "rejected", "obsolete",
                    "outdated", "notrecommended", "donotuse", "avoid", "incorrect", "wrong" -> DEPRECATED;
            default -> null;
        };
    }
}
