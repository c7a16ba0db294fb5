package dev.concord.variants;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.DocumentRule;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import dev.concord.rule.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code locale.variant}: words of the other regional variant of a text's language: Québec "blogue" in France
 * French, British "colour" in American English, Brazilian "ônibus" in European Portuguese, a German ß in Swiss German
 * and a Swiss "Strasse" in German German. Word lists are data ({@code rules/variants/}), matched on LanguageTool's
 * lemmas, so inflected forms count ("blogues", "magasinons", "organised").
 *
 * <p>Which variant a text is in: the region of its language tag when it has one (fr-CA; en-AU follows en-GB).
 * A bare language code (fr) means the variant CLDR and the list name as the language's default (fr-FR, en-US,
 * pt-BR, de-DE), unless the text clearly writes the other one: at least {@value #INFER_DISTINCT} different words of it,
 * more often than words of the default. A region that follows neither variant (en-CA) gets no default.
 *
 * <p>Severities: a warning for words of the other variant when the variant is declared or when the text itself
 * shows it (it mixes both, and the minority is reported); info when the variant is only assumed from a bare
 * language code and the text holds no word of either variant but these.
 */
public final class RegionalVariantRule implements DocumentRule {
    /** How many different words of the non-default variant make a bare-language text count as written in it. */
    static final int INFER_DISTINCT = 3;

    @Override
    public boolean readsTargetTokens() {
        return true;
    }

    @Override
    public String id() {
        return "locale.variant";
    }

    @Override
    public IssueType type() {
        return IssueType.LOCALE_VIOLATION;
    }

    @Override
    public String mqm() {
        return "Locale convention/Regional variant";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A word of another regional variant (blogue in fr-FR, colour in en-US, ß in de-CH)";
    }

    @Override
    public String pack() {
        return "locale";
    }

    /** A word of a variant found in the text. */
    private record Match(Unit unit, int start, int end, String surface, int side, VariantList.Row row,
            VariantList.Form form, String suggestion) {
    }

    /** One word as the lists see it: hyphen-joined tokens, lowercase, with lemmas and tags. */
    private record Word(int start, int end, String text, String lower, Set<String> lemmas, List<String> tags,
            boolean sentenceStart) {
        boolean is(String w) {
            return lower.equals(w) || lemmas.contains(w);
        }

        boolean capitalized() {
            int cp = text.codePointAt(0);
            return UCharacter.isUUppercase(cp) || UCharacter.isTitleCase(cp);
        }
    }

    @Override
    public void check(List<Document> documents, RuleContext context, FindingSink sink) {
        for (Document document : documents) {
            ULocale locale = context.targetLocale(document);
            VariantList list = VariantList.bundled(locale.getLanguage()).orElse(null);
            if (list != null) {
                check(document, locale, list, context, sink);
            }
        }
    }

    private void check(Document document, ULocale locale, VariantList list, RuleContext context, FindingSink sink) {
        List<Match> matches = new ArrayList<>();
        for (Unit unit : document.units()) {
            List<Word> words = words(unit.text(), context.tokens(document, unit));
            int from = matches.size();
            find(unit, words, list, locale.getLanguage(), matches);
            if (list.noSharpSSide >= 0) {
                sharpS(unit, words, list, locale, context, matches);
            }
            matches.subList(from, matches.size()).sort(Comparator.comparingInt(Match::start));
        }
        if (matches.isEmpty()) {
            return;
        }
        int[] count = new int[2];
        List<Set<String>> distinct = List.of(new HashSet<>(), new HashSet<>());
        for (Match m : matches) {
            count[m.side]++;
            distinct.get(m.side).add(m.row == null ? m.suggestion : m.form.text());
        }
        String region = locale.getCountry().toUpperCase(Locale.ROOT);
        Integer declared = region.isEmpty() ? null : list.regions.get(region);
        int variant;
        Severity severity = Severity.WARNING;
        String why;
        if (declared != null) {
            variant = declared;
            why = " (the text is declared " + locale.toLanguageTag() + ")";
        } else if (!region.isEmpty() || list.defaultSide < 0) {
            // A region that follows neither variant: only a mix is reported, the minority against the majority.
            if (count[0] == 0 || count[1] == 0 || count[0] == count[1]) {
                return;
            }
            variant = count[0] > count[1] ? 0 : 1;
            why = mix(list, variant, count);
        } else {
            int d = list.defaultSide;
            int other = 1 - d;
            if (distinct.get(other).size() >= INFER_DISTINCT && count[other] > count[d]) {
                variant = other;
                why = mix(list, variant, count);
            } else if (count[d] > 0) {
                variant = d;
                why = mix(list, variant, count);
            } else {
                variant = d;
                severity = Severity.INFO;
                why = ". A bare '" + locale.getLanguage() + "' is checked as " + list.variants[d] + ": declare "
                        + list.variants[other] + " for " + ULocale.forLanguageTag(list.variants[other])
                        .getDisplayName(ULocale.ENGLISH) + " texts";
            }
        }
        for (Match m : matches) {
            if (m.side == variant) {
                continue;
            }
            String suggestion = m.row == null ? m.suggestion : suggestion(m, variant);
            String message = "'" + m.surface + "' is " + display(list.variants[m.side]) + " usage; "
                    + display(list.variants[variant]) + " writes '" + suggestion + "'" + why;
            Finding.on(this, document, m.unit, m.start, m.end)
                    .severity(severity)
                    .message(message)
                    .suggest(suggestion)
                    .fingerprintKey(list.variants[variant])
                    .report(sink);
        }
    }

    private static String mix(VariantList list, int variant, int[] count) {
        return " (the text otherwise writes " + list.variants[variant] + ": " + count[variant] + " "
                + (count[variant] == 1 ? "word" : "words") + " against " + count[1 - variant] + ")";
    }

    /** "French (Canada) [fr-CA]". */
    private static String display(String tag) {
        return ULocale.forLanguageTag(tag).getDisplayName(ULocale.ENGLISH) + " [" + tag + "]";
    }


    /** Joins tokens linked by hyphens without spaces ("mot", "-", "clic") into words. */
    private static List<Word> words(String text, List<Token> tokens) {
        List<Word> out = new ArrayList<>(tokens.size());
        int n = tokens.size();
        for (int i = 0; i < n; ) {
            Token t = tokens.get(i);
            int j = i;
            int end = t.end();
            while (j + 2 < n && tokens.get(j + 1).text().equals("-") && tokens.get(j + 1).start() == end
                    && tokens.get(j + 2).start() == tokens.get(j + 1).end() && tokens.get(j + 2).isWord()
                    && t.isWord()) {
                end = tokens.get(j + 2).end();
                j += 2;
            }
            String surface = text.substring(t.start(), end);
            String lower = surface.toLowerCase(Locale.ROOT);
            Set<String> lemmas = new LinkedHashSet<>();
            if (j == i) {
                for (String l : t.lemmas()) {
                    lemmas.add(l.toLowerCase(Locale.ROOT));
                }
            }
            out.add(new Word(t.start(), end, surface, lower, lemmas, j == i ? t.tags() : List.of(),
                    t.sentenceStart()));
            i = j + 1;
        }
        return out;
    }

    private static void find(Unit unit, List<Word> words, VariantList list, String language, List<Match> out) {
        for (int i = 0; i < words.size(); ) {
            Word w = words.get(i);
            // The longest term that starts with the word or one of its lemmas; the first of equal length.
            VariantList.Term best = longest(words, i, list.byFirstWord.get(w.lower), null);
            for (String lemma : w.lemmas) {
                best = longest(words, i, list.byFirstWord.get(lemma), best);
            }
            if (best == null) {
                i++;
                continue;
            }
            int last = i + best.form().words().size() - 1;
            if (!best.form().shared() && !isName(words, i, language)) {
                Word end = words.get(last);
                out.add(new Match(unit, w.start, end.end, unit.text().substring(w.start, end.end), best.side(),
                        best.row(), best.form(), null));
            }
            i = last + 1;
        }
    }

    /** The longest of {@code best} and the {@code terms} that match at word {@code i}; {@code best} on a tie. */
    private static VariantList.Term longest(List<Word> words, int i, List<VariantList.Term> terms,
            VariantList.Term best) {
        if (terms == null) {
            return best;
        }
        for (VariantList.Term term : terms) {
            if ((best == null || term.form().words().size() > best.form().words().size())
                    && matchesAt(words, i, term)) {
                best = term;
            }
        }
        return best;
    }

    private static boolean matchesAt(List<Word> words, int i, VariantList.Term term) {
        List<String> fw = term.form().words();
        if (i + fw.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < fw.size(); k++) {
            if (!words.get(i + k).is(fw.get(k))) {
                return false;
            }
        }
        VariantList.Row row = term.row();
        if (row.pos() != null && words.get(i).tags().stream().noneMatch(t -> t.startsWith(row.pos()))) {
            return false;
        }
        return row.notAfter() == null || i == 0 || !words.get(i - 1).is(row.notAfter().toLowerCase(Locale.ROOT));
    }

    /**
     * True when the word is (part of) a name, whose spelling is its own: "Labour Party", "Pearl Harbor", "World Trade
     * Center". The tagger's proper-noun reading says so; outside German, so does a capital inside a sentence or a
     * capitalised neighbour.
     */
    private static boolean isName(List<Word> words, int i, String language) {
        Word w = words.get(i);
        for (String tag : w.tags) {
            if (tag.startsWith("NNP") || tag.startsWith("EIG") || (language.equals("fr") && tag.startsWith("Z"))
                    || ((language.equals("es") || language.equals("pt")) && tag.startsWith("NP"))) {
                return true;
            }
        }
        if (language.equals("de") || !w.capitalized()) {
            return false;
        }
        if (!w.sentenceStart) {
            return true;
        }
        return i + 1 < words.size() && words.get(i + 1).capitalized() && words.get(i + 1).text.length() > 1;
    }

    /** The other variant's form for a match, inflected like the matched word where it is a suffix away. */
    private static String suggestion(Match m, int variant) {
        VariantList.Form target = m.row.side(variant).get(0);
        String s = target.text();
        if (m.form.words().size() == 1 && target.words().size() == 1) {
            s = inflect(m.surface.toLowerCase(Locale.ROOT), m.form.text().toLowerCase(Locale.ROOT), s);
        }
        return matchCase(m.surface, s);
    }

    /** "colours" with the pair colour/color gives "colors"; "organised" with organise/organize gives "organized". */
    static String inflect(String surface, String from, String to) {
        if (surface.equals(from)) {
            return to;
        }
        int p = 0;
        while (p < surface.length() && p < from.length() && surface.charAt(p) == from.charAt(p)) {
            p++;
        }
        String ending = surface.substring(p);
        String dropped = from.substring(p);
        if (dropped.length() <= 2 && to.endsWith(dropped) && p > 0) {
            return to.substring(0, to.length() - dropped.length()) + ending;
        }
        return to;
    }

    private static String matchCase(String surface, String s) {
        if (s.isEmpty()) {
            return s;
        }
        boolean allUpper = surface.length() > 1 && surface.equals(surface.toUpperCase(Locale.ROOT));
        if (allUpper) {
            return s.toUpperCase(Locale.ROOT);
        }
        int cp = surface.codePointAt(0);
        if (UCharacter.isUUppercase(cp)) {
            return UCharacter.toTitleCase(Locale.ROOT, s.substring(0, Character.charCount(s.codePointAt(0))), null)
                    + s.substring(Character.charCount(s.codePointAt(0)));
        }
        return s;
    }

    /**
     * German ß against Swiss ss: every ß is evidence for the variant that writes it and a match for the one that does
     * not; a word written with ss that LanguageTool's German dictionary does not know, but knows with ß (Strasse,
     * gross), is evidence for the Swiss variant. Dictionary words with ss (dass, Masse, Fluss) are never touched.
     */
    private static void sharpS(Unit unit, List<Word> words, VariantList list, ULocale locale, RuleContext context,
            List<Match> out) {
        int swiss = list.noSharpSSide;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (isName(words, i, "de")) {
                continue; // names keep their spelling: Franz Josef Strauß
            }
            if (w.text.indexOf('ß') >= 0 || w.text.indexOf('ẞ') >= 0) {
                String ss = w.text.replace("ß", "ss").replace("ẞ", "SS");
                out.add(new Match(unit, w.start, w.end, w.text, 1 - swiss, null, null, ss));
            } else if (w.lower.contains("ss") && w.tags.isEmpty() && w.lemmas.isEmpty()) {
                String sharp = withSharpS(w.text, locale, context);
                if (sharp != null) {
                    out.add(new Match(unit, w.start, w.end, w.text, swiss, null, null, sharp));
                }
            }
        }
    }

    private record SharpSKey(String word, String language) {
    }

    /** The ß spelling of an unknown ss word that the dictionary knows, or null; asked once per word per check. */
    private static String withSharpS(String word, ULocale locale, RuleContext context) {
        return context.<Optional<String>>memo(new SharpSKey(word, locale.getLanguage()), () -> {
            List<Integer> at = new ArrayList<>();
            for (int k = word.indexOf("ss"); k >= 0 && at.size() < 3; k = word.indexOf("ss", k + 2)) {
                at.add(k);
            }
            for (int mask = 1; mask < (1 << at.size()); mask++) {
                StringBuilder b = new StringBuilder(word);
                for (int bit = at.size() - 1; bit >= 0; bit--) {
                    if ((mask & (1 << bit)) != 0) {
                        b.replace(at.get(bit), at.get(bit) + 2, "ß");
                    }
                }
                String candidate = b.toString();
                // the tagger alone: whether a lone word has readings needs no disambiguator or chunker, which
                // cost seconds to load for German
                List<Token> tokens = context.analyzer().readings(candidate, locale);
                if (tokens.size() == 1 && tokens.get(0).tags().stream().anyMatch(t -> !t.startsWith("_"))) {
                    return Optional.of(candidate);
                }
            }
            return Optional.<String>empty();
        }).orElse(null);
    }
}
