package dev.concord.variants;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.DocumentRule;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code locale.address-form}: a German text that addresses its reader both ways, informally (du, dich, dir, dein,
 * euch) and formally (Sie, Ihnen, Ihr), a defect that machine translation makes often and that reviewers mark as an
 * inconsistency. The form the text uses less often is reported, each place with the majority's first places as
 * related; on a tie, the form that comes second. A formal word counts only inside a sentence, where its capital
 * tells it from "sie" (she, they) and "ihr" (her, you all); a sentence's first word is not counted either way.
 * Catalogs count as one text: an interface that says "du" in one message and "Sie" in the next is the same defect.
 */
public final class AddressFormRule implements DocumentRule {
    private static final Pattern INFORMAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])(?:[dD](?:u|ich|ir|ein|eine|einem|einen|einer|eines)|e(?:uch|uer|ure|uren|urem|urer|ures))"
                    + "(?![\\p{L}\\p{N}'’-])");
    private static final Pattern FORMAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)(?![\\p{L}\\p{N}'’-])");
    /** How many of the majority's places a finding names as related. */
    private static final int RELATED = 3;

    @Override
    public String id() {
        return "locale.address-form";
    }

    @Override
    public IssueType type() {
        return IssueType.INCONSISTENCY;
    }

    @Override
    public String mqm() {
        return "Fluency/Inconsistency";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A German text that addresses the reader both as du and as Sie";
    }

    @Override
    public String pack() {
        return "locale";
    }

    /** One word of address: where it stands and whether it is the formal one. */
    record Place(Unit unit, int start, int end, String word, boolean formal) {
    }

    @Override
    public void check(List<Document> documents, RuleContext context, FindingSink sink) {
        for (Document document : documents) {
            ULocale locale = context.targetLocale(document);
            if (locale != null && locale.getLanguage().equals("de")) {
                check(document, sink);
            }
        }
    }

    private void check(Document document, FindingSink sink) {
        List<Place> places = new ArrayList<>();
        for (Unit unit : document.units()) {
            places.addAll(places(unit));
        }
        List<Place> formal = places.stream().filter(Place::formal).toList();
        List<Place> informal = places.stream().filter(p -> !p.formal()).toList();
        if (formal.isEmpty() || informal.isEmpty()) {
            return;
        }
        boolean reportFormal = formal.size() < informal.size()
                || formal.size() == informal.size() && places.indexOf(formal.get(0)) > places.indexOf(informal.get(0));
        List<Place> minority = reportFormal ? formal : informal;
        List<Place> majority = reportFormal ? informal : formal;
        String message = "'%s' addresses the reader " + (reportFormal ? "formally" : "informally")
                + ", where the text otherwise says " + (reportFormal ? "du" : "Sie") + " (" + majority.size() + " against "
                + minority.size() + "): one form of address throughout";
        for (Place p : minority) {
            Finding.Builder f = Finding.on(this, document, p.unit(), p.start(), p.end())
                    .message(String.format(message, p.word()))
                    .fingerprintKey(reportFormal ? "formal" : "informal");
            for (Place m : majority.subList(0, Math.min(RELATED, majority.size()))) {
                f.related(document, m.unit(), m.start(), m.end(), "addressed as '" + m.word() + "' here");
            }
            f.report(sink);
        }
    }

    /** The words of address in a unit's text, formal ones only inside a sentence. */
    static List<Place> places(Unit unit) {
        String text = unit.text();
        List<Place> out = new ArrayList<>();
        Matcher m = INFORMAL.matcher(text);
        while (m.find()) {
            if (m.group().equals("Dir") && m.end() < text.length() && text.charAt(m.end()) == '.'
                    || Character.isUpperCase(text.charAt(m.start())) && capitalFollows(text, m.end())) {
                continue; // "Dir." (Direktor), "Du Bois": an abbreviation, a name
            }
            out.add(new Place(unit, m.start(), m.end(), m.group(), false));
        }
        m = FORMAL.matcher(text);
        while (m.find()) {
            if (!opensSentence(text, m.start())) {
                out.add(new Place(unit, m.start(), m.end(), m.group(), true));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Place::start));
        return out;
    }

    /**
     * True when the word at {@code at} opens a sentence, a quotation, a list item or a heading: nothing but spaces,
     * quotes, brackets, dashes or a sentence's end mark before it (German capitalises after a colon too).
     */
    static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ',') {
                return false;
            }
            if (".!?:;…\n".indexOf(c) >= 0) {
                return true;
            }
            i--;
        }
        return true;
    }

    private static boolean capitalFollows(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }
}
