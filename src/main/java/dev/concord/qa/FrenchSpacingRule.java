package dev.concord.qa;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;

/**
 * {@code qa.french-spacing}: French typographic spaces. In France and Belgium a no-break space comes before
 * {@code :} and a narrow no-break space before {@code ; ! ?}; in Canada and Switzerland only before {@code :}.
 * Inside guillemets « » a (narrow) no-break space on each side. A missing space is a warning; an ordinary space,
 * which lets the line break before the mark, is an info. Times (10:30), URLs and codes are left alone.
 */
public final class FrenchSpacingRule extends QaRule {
    public FrenchSpacingRule() {
        super("qa.french-spacing", IssueType.TYPOGRAPHICAL, Severity.WARNING,
                "French spacing before ; : ! ? and inside « »");
    }

    @Override
    public boolean isBilingual() {
        return false;
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        ULocale locale = context.targetLocale(document);
        if (locale == null || !locale.getLanguage().equals("fr")) {
            return;
        }
        String t = unit.text();
        if (t.indexOf(':') < 0 && t.indexOf(';') < 0 && t.indexOf('!') < 0 && t.indexOf('?') < 0
                && t.indexOf('«') < 0 && t.indexOf('»') < 0) {
            return;
        }
        String country = locale.getCountry();
        boolean onlyColon = country.equals("CA") || country.equals("CH");
        TextFacts facts = TextFacts.target(context, document, unit);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case ':', ';', '!', '?' -> {
                    if (i == 0 || onlyColon && c != ':' || facts.isCode(i, i + 1)) {
                        continue;
                    }
                    char before = t.charAt(i - 1);
                    char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
                    if (before == c || "!?;:".indexOf(before) >= 0 && c != ':' || isNoBreak(before)) {
                        continue; // ?! written together: only the first takes the space
                    }
                    if (c == ':' && (Character.isDigit(before) && Character.isDigit(after) || after == '/'
                            || after == '\\' || after == ')' || after == '(')) {
                        continue; // 10:30, http://, C:\, :-)
                    }
                    if (c == '!' && after == '=' || c == ':' && onlyGluedColons(unit.source())) {
                        continue; // "%llu != %llu", "%s:%s" (host and port): operators and separators of code
                    }
                    if (c == ':' && !Character.isWhitespace(after) && after != '\u00A0' && i + 1 < t.length()
                            && !Character.isLetter(after)) {
                        continue; // "0:{length}", "%s:%d": a colon inside a code, not after a word
                    }
                    String space = c == ':' ? "\u00A0" : "\u202F";
                    if (before == ' ') {
                        if (plainSpaceIsTheConvention(document, context)) {
                            continue; // the file's translators write a plain space throughout: their choice
                        }
                        Finding.on(this, document, unit, i - 1, i + 1).severity(Severity.INFO)
                                .message("use a no-break space before \"" + c + "\", so that it never starts a line")
                                .suggest(space + c)
                                .report(sink);
                    } else if (Character.isLetterOrDigit(before) || before == '»' || before == ')' || before == '"') {
                        Finding.on(this, document, unit, i, i + 1)
                                .message("French puts a " + (c == ':' ? "no-break space" : "narrow no-break space")
                                        + " before \"" + c + "\"")
                                .suggest(space + c)
                                .report(sink);
                    }
                }
                case '«' -> {
                    if (i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1)) && !isNoBreak(t.charAt(i + 1))) {
                        Finding.on(this, document, unit, i, i + 1)
                                .message("French puts a no-break space after \"«\"")
                                .suggest("«\u00A0")
                                .report(sink);
                    }
                }
                case '»' -> {
                    if (i > 0 && !Character.isWhitespace(t.charAt(i - 1)) && !isNoBreak(t.charAt(i - 1))) {
                        Finding.on(this, document, unit, i, i + 1)
                                .message("French puts a no-break space before \"»\"")
                                .suggest("\u00A0»")
                                .report(sink);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** True when the source has colons and every one is glued to what follows ("%s:%s"): none is punctuation. */
    private static boolean onlyGluedColons(String source) {
        if (source == null || source.indexOf(':') < 0) {
            return false;
        }
        for (int i = source.indexOf(':'); i >= 0; i = source.indexOf(':', i + 1)) {
            if (i + 1 >= source.length() || Character.isWhitespace(source.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNoBreak(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    /**
     * True when most of the file's units that space their high punctuation use a plain space, not a no-break one:
     * many catalogs' French teams do, and the editor, not the translator, decides how lines break.
     */
    private static boolean plainSpaceIsTheConvention(Document document, RuleContext context) {
        return FileConventions.isConvention(context, document, "fr-space:plain", u -> {
            String t = u.text();
            boolean plain = false;
            boolean noBreak = false;
            for (int k = 1; k < t.length(); k++) {
                char c = t.charAt(k);
                if (c == ':' || c == ';' || c == '!' || c == '?') {
                    char b = t.charAt(k - 1);
                    plain |= b == ' ';
                    noBreak |= isNoBreak(b);
                }
            }
            return plain ? FileConventions.DEPARTS : noBreak ? FileConventions.AS_SOURCE : FileConventions.NOT_ASKED;
        });
    }
}
