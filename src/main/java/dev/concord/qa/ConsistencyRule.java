package dev.concord.qa;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.DocumentRule;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The two consistency checks of one file: {@code qa.inconsistent-target} (one source translated two ways) and
 * {@code qa.inconsistent-source} (two sources given one translation). Units are grouped by their key text (the source,
 * or the target) and their disambiguating context ({@link Unit#DISAMBIGUATION}: PO's msgctxt, XLIFF's context
 * groups; the same words in two meanings may well be translated two ways); within a group, the rendering most units share is taken as the file's, and the
 * finding lands on each unit that departs from it, pointing at the majority's units as related places (on a tie, the
 * later rendering is the departure). Texts are compared with whitespace folded, and partner texts with case folded
 * too: "Benutzer" for both "user" and "User" is one translation of one word. Plural forms, which share a source on
 * purpose, are left out. A file read in parts is compared with what earlier parts rendered first, through hashes kept
 * for the whole file (see {@link FirstSeen}), in bounded memory.
 */
public abstract class ConsistencyRule implements DocumentRule {
    private static final List<String> PLURAL_SUFFIXES = List.of("_zero", "_one", "_two", "_few", "_many", "_other");
    /** Related places listed per finding: the majority may hold thousands of units. */
    private static final int MAX_RELATED = 5;
    private final boolean bySource;

    ConsistencyRule(boolean bySource) {
        this.bySource = bySource;
    }

    @Override
    public String pack() {
        return "qa";
    }

    @Override
    public boolean isBilingual() {
        return true;
    }

    @Override
    public IssueType type() {
        return IssueType.INCONSISTENCY;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    /** The units of one key text and context, by the rendering they give it, renderings in order of first use. */
    private static final class Group {
        final Map<Integer, List<Unit>> byPartner = new LinkedHashMap<>();
    }

    @Override
    public void check(List<Document> documents, RuleContext context, FindingSink sink) {
        for (Document document : documents) {
            FirstSeen earlierParts = context.documentState(document, id(), FirstSeen::new);
            Map<Long, Group> groups = new LinkedHashMap<>();
            for (Unit unit : document.units()) {
                if (!unit.isBilingual() || unit.text().isBlank() || unit.source().strip().length() < 3
                        || isPluralForm(unit.id())) {
                    // Sources of one or two characters (m, h) are symbols whose meaning depends on their key.
                    continue;
                }
                String source = FirstSeen.normalize(unit.source());
                String target = FirstSeen.normalize(unit.text());
                if (!bySource && !hasLetter(target)) {
                    continue;
                }
                String meaning = unit.properties().getOrDefault(Unit.DISAMBIGUATION, "");
                String key = meaning + '\u0000' + (bySource ? source : target);
                // Case and a final full stop or colon ("Item Selection" and "Item Selection.") do not make two
                // texts: they are the capitalisation and end-punctuation checks' concern.
                String partner = fold(withoutFinalStop(bySource ? target : source));
                // "cannot open `%s'" and "cannot open %s", "automatically remove" and "Remove automatically": one
                // message quoted or ordered two ways, given one translation on purpose.
                partner = bySource ? withoutQuotes(partner) : wordBag(withoutQuotes(partner));
                groups.computeIfAbsent(FirstSeen.hash64(key), k -> new Group()).byPartner
                        .computeIfAbsent(partner.hashCode(), k -> new ArrayList<>()).add(unit);
            }
            for (Map.Entry<Long, Group> e : groups.entrySet()) {
                report(document, e.getKey(), e.getValue(), earlierParts, sink);
            }
        }
    }

    private void report(Document document, long key, Group group, FirstSeen earlierParts, FindingSink sink) {
        Map<Integer, List<Unit>> byPartner = group.byPartner;
        List<Unit> firstUnits = byPartner.values().iterator().next();
        int majority = byPartner.keySet().iterator().next();
        for (Map.Entry<Integer, List<Unit>> e : byPartner.entrySet()) {
            if (e.getValue().size() > byPartner.get(majority).size()) {
                majority = e.getKey();
            }
        }
        FirstSeen.Entry earlier = earlierParts.putIfAbsent(key, majority, firstUnits.get(0).id());
        if (earlier != null) {
            // An earlier part of the file gave this text first: that rendering is the file's.
            for (Map.Entry<Integer, List<Unit>> e : byPartner.entrySet()) {
                if (e.getKey() != earlier.partnerHash()) {
                    for (Unit unit : e.getValue()) {
                        report(document, unit, List.of(), earlier.unitId(), sink);
                    }
                }
            }
            return;
        }
        if (byPartner.size() < 2) {
            return;
        }
        List<Unit> majorityUnits = byPartner.get(majority);
        for (Map.Entry<Integer, List<Unit>> e : byPartner.entrySet()) {
            if (e.getKey() != majority && !(bySource && document.unitsAreIndependent()
                    && inflectedAlike(e.getValue().get(0).text(), majorityUnits.get(0).text()))) {
                for (Unit unit : e.getValue()) {
                    report(document, unit, majorityUnits, majorityUnits.get(0).id(), sink);
                }
            }
        }
    }

    private void report(Document document, Unit unit, List<Unit> majority, String majorityUnit, FindingSink sink) {
        Finding.Builder b = Finding.onUnit(this, document, unit).message(message(unit, majority, majorityUnit));
        for (Unit other : majority.subList(0, Math.min(MAX_RELATED, majority.size()))) {
            b.related(document, other, bySource ? "translated " + QaRule.quote(other.text()) + " here"
                    : "the source here is " + QaRule.quote(other.source()));
        }
        b.report(sink);
    }

    abstract String message(Unit unit, List<Unit> majority, String majorityUnit);

    /** True for the id of one plural form of a message: "msg[1]", "files_other". */
    static boolean isPluralForm(String id) {
        if (id.endsWith("]")) {
            int open = id.lastIndexOf('[');
            return open >= 0 && open < id.length() - 2
                    && id.substring(open + 1, id.length() - 1).chars().allMatch(c -> c >= '0' && c <= '9');
        }
        for (String suffix : PLURAL_SUFFIXES) {
            if (id.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The text without the full stops, colons and spaces at its end. */
    static String withoutFinalStop(String s) {
        int e = s.length();
        while (e > 0 && ".:。：".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e).strip();
    }

    private static final Pattern QUOTES = Pattern.compile("[`\"“”„«»‹›‘’‚「」『』]|(?<!\\p{L})'|'(?!\\p{L})");

    /** The text without its quote marks (an apostrophe inside a word stays). */
    static String withoutQuotes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`' || c > 0x7F && QUOTE_CHARS.indexOf(c) >= 0) {
                return QUOTES.matcher(s).replaceAll("");
            }
        }
        return s; // most messages hold no quote mark: no need for the expression
    }

    /** Every character that {@link #QUOTES} can match. */
    private static final String QUOTE_CHARS = "`\"“”„«»‹›‘’‚「」『』'";

    /**
     * True when two texts have the same words but for endings of at most three letters on stems of four or more
     * ("Est actif" and "Est active", "Sélectionné" and "Sélectionnée", "Выбрано" and "Выбранные"): in a catalog,
     * one label agreeing with the different things its messages describe, not two translations.
     */
    static boolean inflectedAlike(String a, String b) {
        String[] x = UCharacter.foldCase(a.strip(), true).split("\\s+");
        String[] y = UCharacter.foldCase(b.strip(), true).split("\\s+");
        if (x.length != y.length) {
            return false;
        }
        boolean differs = false;
        for (int i = 0; i < x.length; i++) {
            if (x[i].equals(y[i])) {
                continue;
            }
            int common = 0;
            while (common < Math.min(x[i].length(), y[i].length()) && x[i].charAt(common) == y[i].charAt(common)) {
                common++;
            }
            if (common < 4 || x[i].length() - common > 3 || y[i].length() - common > 3
                    || !x[i].substring(0, common).chars().allMatch(Character::isLetter)) {
                return false;
            }
            differs = true;
        }
        return differs;
    }

    /** The text's words in sorted order, so that two orders of the same words compare equal. */
    static String wordBag(String s) {
        String t = s.strip();
        List<String> words = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || " \t\n\u000B\f\r".indexOf(t.charAt(i)) >= 0) {
                if (i > from || words.isEmpty() && i == t.length()) {
                    words.add(t.substring(from, i));
                }
                from = i + 1;
            }
        }
        java.util.Collections.sort(words);
        return String.join(" ", words);
    }

    /** Full case folding; ASCII text, most catalogs' sources, folds as it lowercases, without ICU's case mapper. */
    static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return UCharacter.foldCase(s, true);
            }
        }
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    /** "unit 12", or "units 12, 40 and 3 more", for a message. */
    static String units(List<Unit> units, String fallback) {
        if (units.isEmpty()) {
            return "unit " + fallback;
        }
        StringBuilder b = new StringBuilder(units.size() == 1 ? "unit " : "units ");
        for (int i = 0; i < Math.min(2, units.size()); i++) {
            b.append(i > 0 ? ", " : "").append(units.get(i).id());
        }
        if (units.size() > 2) {
            b.append(" and ").append(units.size() - 2).append(" more");
        }
        return b.toString();
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code qa.inconsistent-target}: the same source translated differently in one file. */
    public static final class Target extends ConsistencyRule {
        public Target() {
            super(true);
        }

        @Override
        public String id() {
            return "qa.inconsistent-target";
        }

        @Override
        public String description() {
            return "the same source is translated differently in one file";
        }

        @Override
        String message(Unit unit, List<Unit> majority, String majorityUnit) {
            String other = majority.isEmpty() ? "differently" : QaRule.quote(majority.get(0).text());
            return "the source " + QaRule.quote(unit.source()) + " is translated " + QaRule.quote(unit.text())
                    + " here but " + other + " in " + units(majority, majorityUnit);
        }
    }

    /** {@code qa.inconsistent-source}: two different sources given the same translation in one file. */
    public static final class Source extends ConsistencyRule {
        public Source() {
            super(false);
        }

        @Override
        public String id() {
            return "qa.inconsistent-source";
        }

        @Override
        public String description() {
            return "two different sources have the same translation in one file";
        }

        @Override
        String message(Unit unit, List<Unit> majority, String majorityUnit) {
            String other = majority.isEmpty() ? "another source" : QaRule.quote(majority.get(0).source());
            return "the translation " + QaRule.quote(unit.text()) + " is given here to " + QaRule.quote(unit.source())
                    + " but to " + other + " in " + units(majority, majorityUnit);
        }
    }
}
