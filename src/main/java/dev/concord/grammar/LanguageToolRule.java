package dev.concord.grammar;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.DocumentRule;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.qa.CodeRanges;
import dev.concord.rule.RuleContext;
import dev.concord.text.TextRange;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.languagetool.Language;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool's grammar, style and spelling rules as one rule family. A document's units are checked together,
 * joined as paragraphs, so that LanguageTool sees each paragraph whole and in its context; each match becomes a
 * finding with the id {@code lt.<LanguageTool rule id>}, its ITS type, and LanguageTool's replacements as
 * suggestions. Spelling alarms on proper names (see {@link ProperNames}) are left out unless the settings ask for
 * them: names are what the name rules check, and LanguageTool's dictionaries do not hold them. Matches of rules that
 * Concord added to the LanguageTool objects (rule packs) are left to the rule that added them.
 */
public final class LanguageToolRule implements DocumentRule {
    /** Prefix of the ids of this family's findings. */
    public static final String ID_PREFIX = "lt.";
    /** The id of the findings on source-language words left in a translation. */
    public static final String UNTRANSLATED_WORD = "qa.untranslated-word";
    private static final String QUOTE = "\"";
    /** Replacements offered per match: LanguageTool offers dozens for an unknown name, which helps nobody. */
    private static final int MAX_SUGGESTIONS = 5;

    private final LanguageToolPools pools;

    public LanguageToolRule(LanguageToolPools pools) {
        this.pools = pools;
    }

    @Override
    public String id() {
        return "lt";
    }

    @Override
    public IssueType type() {
        return IssueType.GRAMMAR;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "LanguageTool's grammar, style and spelling rules for the target language";
    }

    @Override
    public String pack() {
        return "grammar";
    }

    @Override
    public void check(List<Document> documents, RuleContext context, FindingSink sink) {
        for (Document document : documents) {
            ULocale locale = context.targetLocale(document);
            Language language = locale == null ? null : LanguageToolLanguages.find(locale);
            if (language == null || document.units().isEmpty()) {
                continue;
            }
            checkDocument(document, language, context, sink);
        }
    }

    private void checkDocument(Document document, Language language, RuleContext context, FindingSink sink) {
        LanguageToolPass.Result pass = LanguageToolPass.allRules(document, language, pools, context);
        AddedRules added = pools.addedRules();
        ProperNames names = new ProperNames(pass.text(), language.getShortCode());
        for (LanguageToolPass.UnitFailure failure : pass.failures()) {
            Finding.onUnit(this, document, failure.unit())
                    .ruleId("concord.rule-failure")
                    .type(IssueType.OTHER)
                    .severity(Severity.WARNING)
                    .message("LanguageTool failed on this message and checked nothing in it (the rest of the file "
                            + "was checked): " + (failure.message().length() > 160
                                    ? failure.message().substring(0, 160) + "…" : failure.message()))
                    .report(sink);
        }
        Unit codeOf = null;
        List<TextRange> code = List.of();
        for (LanguageToolPass.UnitMatch placed : pass.matches()) {
            RuleMatch match = placed.match();
            org.languagetool.rules.Rule ltRule = match.getRule();
            if (added.owns(ltRule)) {
                continue; // a rule pack's match: the pack rule reports it
            }
            Unit unit = placed.unit();
            if (unit != codeOf) {
                codeOf = unit;
                code = CodeRanges.ofTarget(unit);
            }
            if (CodeRanges.overlaps(code, placed.start(), placed.end())) {
                continue; // a placeholder, tag, URL, path or code span: not language
            }
            IssueType type = IssueType.fromIts(String.valueOf(ltRule.getLocQualityIssueType()));
            boolean spelling = ltRule.isDictionaryBasedSpellingRule() || type == IssueType.MISSPELLING;
            String word = unit.text().substring(placed.start(), placed.end());
            if (document.unitsAreIndependent() && KeptFromSource.isCatalogLabelCase(ltRule.getId(), unit.text(),
                    unit.source())) {
                continue; // "neue Pakete installieren": a catalog's description, its case qa.start-capitalization's
            }
            if (KeptFromSource.isKept(ltRule.getId(), spelling, unit.text(), placed.start(), placed.end(),
                    unit.source(), match.getSuggestedReplacements())) {
                continue; // the translation mirrors its source there: a fragment, a code, a column, a quoting style
            }
            boolean inSource = spelling && unit.source() != null && (ProperNames.containsWord(unit.source(), word)
                    || standsInSourceWord(word, unit.source()));
            if (inSource && leftInSourceLanguage(document, unit, word, context)) {
                // Prose that keeps a common word of the source language, unknown to the target's dictionary:
                // "Department of Homeland Security" left in English in a German article.
                Finding.on(this, document, unit, placed.start(), placed.end())
                        .ruleId(UNTRANSLATED_WORD)
                        .type(IssueType.UNTRANSLATED)
                        .severity(Severity.WARNING)
                        .message(QUOTE + word + QUOTE + " is a word of the source language left untranslated ("
                                + language.getName() + " does not know it; the source has it as a common word)")
                        .fingerprintKey("untranslated")
                        .report(sink);
                continue;
            }
            if (spelling && !pools.settings().checkNameSpelling()
                    && names.isName(placed.textStart(), placed.textEnd(), unit.source())) {
                continue;
            }
            if (inSource) {
                continue; // the word stands unchanged in the source: an identifier, a product name, a unit symbol
            }
            if (spelling && unit.source() != null && builtOnSourceWord(word, unit.source(),
                    ltRule instanceof SpellingCheckRule speller ? part -> knownTo(speller, part) : part -> true)) {
                continue; // "Naira-Banknoten", "Derrys": a compound or genitive made from a word of the source
            }
            if (spelling && unit.source() != null && isUsageMetavariable(unit.text(), placed.start(), placed.end(),
                    unit.source())) {
                continue; // "apt [Optionen] befehl", "paket1 [paket2 …]": the names of a usage line's arguments
            }
            if (spelling && unit.source() != null && isHotkeyWord(unit.text(), placed.start(), placed.end(),
                    unit.source())) {
                continue; // "[I]nstallieren": the menu's hotkey marker, as the source marks its word
            }
            if (spelling && unit.source() != null && isNotAWord(word, unit.source())) {
                continue; // "DATUM-ODER-DATEI" for DATE-OR-FILE, "[yYjJ]": a metavariable or a code, not a word
            }
            // Catalogs only, as the two below: in prose a stem kept from the source ("Longliste") or a compound of
            // known words with a wrong joint ("Leerlaufsquote") is what a machine translation gets wrong.
            boolean catalog = document.unitsAreIndependent();
            if (spelling && catalog && unit.source() != null && sharesStemWithSourceWord(word, unit.source())) {
                continue; // "seek" for "seekable", "Escapes" for "escape": the source's term, kept with its stem
            }
            if (spelling && unit.source() != null && isLanguageCode(unit.text(), unit.source())) {
                continue; // "fr" for "en": the message is the language's code
            }
            if (spelling && catalog && "de".equals(language.getShortCode()) && ltRule instanceof SpellingCheckRule speller
                    && isCompoundOfKnownWords(word, speller, unit.source())) {
                continue; // "Dichteargument", "Recordgrenze" (record of the source): a compound of known words
            }
            if (spelling && CatalogWords.isKeyName(word, language.getShortCode())) {
                continue; // "Mayús", "Strg": a keyboard key's name as the platform labels it
            }
            if (spelling && catalog && ltRule instanceof SpellingCheckRule speller
                    && CatalogWords.respellsSourceWord(word, unit.source(), part -> knownTo(speller, part))) {
                continue; // "oktale", "Oktalzahl" for "octal": the source's term in the target's letters
            }
            List<String> replacements = match.getSuggestedReplacements();
            if (!spelling && isConfusionRule(ltRule) && CatalogWords.keepsSourceWord(word, replacements,
                    unit.source())) {
                continue; // "Teilnamen" for "volume name": the suggestion "Teilnahmen" would lose the source's word
            }
            if (catalog && PROSE_ONLY.contains(ltRule.getId())) {
                continue;
            }
            if (spelling && !pools.settings().checkNameSpelling()
                    && (document.unitsAreIndependent() || Character.isUpperCase(word.codePointAt(0)))
                    && !looksLikeATypo(word, replacements)) {
                // "Dateinamentransformationen" in a catalog, "Privilegienkampf" in prose: a compound, a term or a
                // name the dictionary lacks, not a slip. Prose keeps its small-letter words checked in full.
                continue;
            }
            Language matchLanguage = language;
            context.component(LanguageToolMatchDetails.class).ifPresent(d -> d.record(document.name(), unit.id(),
                    placed.start(), placed.end(), ID_PREFIX + ltRule.getId(), match, matchLanguage));
            Finding.on(this, document, unit, placed.start(), placed.end())
                    .ruleId(ID_PREFIX + ltRule.getId())
                    .type(type)
                    .severity(severityOf(type))
                    .message(plainMessage(match.getMessage()))
                    .suggest(replacements.subList(0, Math.min(MAX_SUGGESTIONS, replacements.size())))
                    .fingerprintKey(ltRule.getFullId())
                    .report(sink);
        }
    }

    /**
     * True when a word that the target language's speller does not know, and that the source holds unchanged, is a
     * common word of the source language (the source's tagger reads it as other than a proper noun) in prose between
     * two different languages: a fragment left untranslated, not a name. Catalogs carry identifiers and product names
     * in every message, so they are left out.
     */
    private static boolean leftInSourceLanguage(Document document, Unit unit, String word, RuleContext context) {
        ULocale source = context.sourceLocale(document);
        ULocale target = context.targetLocale(document);
        if (document.unitsAreIndependent() || source == null || target == null
                || source.getLanguage().equals(target.getLanguage()) || word.codePointCount(0, word.length()) < 3) {
            return false;
        }
        boolean common = false;
        for (dev.concord.rule.Token t : context.sourceTokens(document, unit)) {
            if (!t.text().equals(word)) {
                continue;
            }
            for (String tag : t.tags()) {
                if (tag == null || tag.isEmpty() || tag.startsWith("_") || tag.startsWith("SENT_")) {
                    continue;
                }
                if (isProperTag(tag, source.getLanguage())) {
                    return false;
                }
                common = true;
            }
        }
        return common;
    }

    /**
     * Style rules for running prose that catalogs contradict on purpose: a term of the trade puts the French
     * adjective after its noun ("sélection multiple", "formes courtes" of options), where LanguageTool's
     * {@code PLACE_ADJ} wants it before.
     */
    private static final java.util.Set<String> PROSE_ONLY = java.util.Set.of("PLACE_ADJ");

    /** Whether the rule belongs to LanguageTool's categories of words confused with like-sounding ones. */
    private static boolean isConfusionRule(org.languagetool.rules.Rule rule) {
        String category = rule.getCategory() == null ? "" : rule.getCategory().getId().toString();
        return category.contains("CONFUS") || category.contains("HOMONYM") || category.contains("PARONYM");
    }

    private static final DamerauLevenshteinDistance EDITS = new DamerauLevenshteinDistance(1);

    /**
     * True when the speller offers a word one slip away (one letter added, dropped, changed, or two swapped; case
     * aside), not counting a split into two words: "Inkonsitenz" for "Inkonsistenz", "btyes" for "bytes". A
     * catalog's word the dictionary lacks with no such neighbour ("Dateinamentransformationen", "Tokenizador") is a
     * term of the project or a compound, which a team keeps on purpose; a typo almost always is one slip.
     */
    static boolean looksLikeATypo(String word, List<String> suggestions) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String s : suggestions) {
            String c = s.toLowerCase(Locale.ROOT);
            if (c.indexOf(' ') >= 0 && c.replace(" ", "").equals(w.replace(" ", ""))) {
                continue;
            }
            int d = EDITS.apply(w, c);
            if (d >= 0 && d <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a word is made from a word the source holds: a hyphenated compound one of whose parts (two letters
     * or more) stands in the source ("Naira-Banknoten" for "Naira notes"), or a genitive with -s ("Derrys").
     */
    static boolean builtOnSourceWord(String word, String source) {
        return builtOnSourceWord(word, source, part -> true);
    }

    /**
     * As {@link #builtOnSourceWord(String, String)}, where every other part of a compound must be a word the speller
     * knows: "Balenciaga-Anhängering" and "Unterstützungs-system" are misspelt around the source's word.
     */
    static boolean builtOnSourceWord(String word, String source, java.util.function.Predicate<String> known) {
        if (word.indexOf('-') > 0 || word.endsWith("-") || word.indexOf(' ') > 0) {
            String[] parts = word.split("[- ]");
            for (String other : parts) {
                if (other.length() >= 2 && !fromSource(other, source) && !known.test(other)) {
                    return false;
                }
            }
            for (String part : parts) {
                String bare = part.replaceFirst("^\\.", ""); // ".deb-Dateien": the file type of the source
                if (bare.length() >= 2 && (Character.isUpperCase(bare.codePointAt(0)) || !bare.equals(part))
                        && (ProperNames.containsWord(source, bare) || standsInSourceWord(bare, source))) {
                    return true;
                }
                // "tar-Dateien", "fichiers tar" for "tar archives": a program's name the source writes alone; not
                // "system-kritischer" for "system-critical", whose part the source joins the same way
                if (bare.length() >= 3 && standsAloneInSource(bare, source)) {
                    return true;
                }
            }
        }
        return word.length() > 3 && (word.endsWith("s") || word.endsWith("'s") || word.endsWith("’s"))
                && Character.isUpperCase(word.codePointAt(0))
                && ProperNames.containsWord(source, word.substring(0, word.length() - (word.endsWith("s") && !word.endsWith("'s") && !word.endsWith("’s") ? 1 : 2)));
    }

    /** True when a compound's part stands in the source, as a word or inside one ("libc" of "libc6"), any case. */
    private static boolean fromSource(String part, String source) {
        return source.toLowerCase(Locale.ROOT).contains(part.replaceFirst("^\\.", "").toLowerCase(Locale.ROOT));
    }

    private static boolean knownTo(SpellingCheckRule speller, String word) {
        synchronized (speller) { // the rule object is shared with the pool's other threads
            try {
                return !speller.isMisspelled(word);
            } catch (java.io.IOException e) {
                return true;
            }
        }
    }

    /** True when the word stands in the source with neither a letter, a digit nor a hyphen glued to it. */
    static boolean standsAloneInSource(String word, String source) {
        for (int i = source.indexOf(word); i >= 0; i = source.indexOf(word, i + 1)) {
            int after = i + word.length();
            boolean free = (i == 0 || !Character.isLetterOrDigit(source.charAt(i - 1)) && source.charAt(i - 1) != '-')
                    && (after >= source.length()
                            || !Character.isLetterOrDigit(source.charAt(after)) && source.charAt(after) != '-');
            if (free) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a word the speller lacks shares its stem with a small-letter word of the source, four letters or more:
     * the source's word is the target's with an ending ("seek" of "seekable", "glob" of "globbing"), or the other way
     * round ("Escapes" of "escape"), or ends with it ("over" of "popover"). A term of the trade kept from the source.
     */
    static boolean sharesStemWithSourceWord(String word, String source) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 4 || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String[] words = source.strip().split("[^\\p{L}]+");
        int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        for (int i = first; i < words.length; i++) {
            String s = words[i];
            // small letters, or the source's first word ("Pinned packages:"): not a name
            if (s.length() < 4 || !Character.isLowerCase(s.codePointAt(0)) && i > first
                    || s.equalsIgnoreCase(w)) {
                continue;
            }
            s = s.toLowerCase(Locale.ROOT);
            if (s.startsWith(w) || w.startsWith(s) && w.length() - s.length() <= 2 || s.endsWith(w)) {
                return true;
            }
            String stem = englishStem(s);
            if (stem.length() >= 4 && stem.equals(englishStem(w))) {
                return true; // "Pinning" for "Pinned": the source's verb kept in another form
            }
        }
        return false;
    }

    /** The word without an English verb's or plural's ending: "pinn" of "pinned" and of "pinning". */
    private static String englishStem(String word) {
        for (String ending : new String[] {"ing", "ed", "es", "s"}) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static final java.util.regex.Pattern LANGUAGE_CODE =
            java.util.regex.Pattern.compile("[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?");

    /** True when both the message and its source are a language code alone ("fr" for "en", "pt_BR" for "en_US"). */
    static boolean isLanguageCode(String target, String source) {
        String t = target.strip();
        String s = source.strip();
        return LANGUAGE_CODE.matcher(t).matches() && LANGUAGE_CODE.matcher(s).matches()
                && !new ULocale(t).getDisplayLanguage(ULocale.ENGLISH).equals(new ULocale(t).getLanguage())
                && !new ULocale(s).getDisplayLanguage(ULocale.ENGLISH).equals(new ULocale(s).getLanguage());
    }

    /**
     * True when a German word is a compound of words the speller knows or the source holds ("Record" of "record
     * boundary" in "Recordgrenze").
     */
    private static boolean isCompoundOfKnownWords(String word, SpellingCheckRule speller, String source) {
        if (!word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String lowerSource = source == null ? "" : source.toLowerCase(Locale.ROOT);
        return Compounds.isCompound(word, part -> part.length() >= 4
                && standsBetweenNonLetters(lowerSource, part.toLowerCase(Locale.ROOT)) || knownTo(speller, part));
    }

    /** True when {@code word} stands in {@code text} with no letter glued to either side. */
    private static boolean standsBetweenNonLetters(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(text.codePointBefore(i)))
                    && (end >= text.length() || !Character.isLetter(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** A one-letter hotkey marker glued to its word: "[I]nstall", "Save [A]ll". */
    private static final java.util.regex.Pattern HOTKEY = java.util.regex.Pattern.compile("\\[\\p{L}]\\p{L}");

    /**
     * True when the match is on a word that carries a hotkey marker, as the source's words do: "[I]nstallieren" for
     * "[I]nstall" is the program's menu convention, not a misspelling.
     */
    static boolean isHotkeyWord(String text, int start, int end, String source) {
        int from = Math.max(0, start - 3); // "[I]nstallation": the speller's word starts after the marker's "]"
        int to = Math.min(text.length(), end + 1);
        return HOTKEY.matcher(text.substring(from, to)).find() && HOTKEY.matcher(source).find();
    }

    /**
     * True when a token the speller does not know is no word to spell: a small letter followed by a capital inside it
     * ("yYjJ" of a yes/no pattern, "AvPág" of a key's name), or a run of three capitals where the source writes
     * metavariables in capitals, as GNU programs do ("DATUM-ODER-DATEI" for DATE-OR-FILE, "ZAHLten" for NUMBERth), or
     * a numbered metavariable where the source numbers one the same ("paq1" for "pkg1").
     */
    static boolean isNotAWord(String word, String source) {
        int upperRun = 0;
        boolean caps = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i > 0 && Character.isLowerCase(word.charAt(i - 1)) && Character.isUpperCase(c)) {
                return true;
            }
            upperRun = Character.isUpperCase(c) ? upperRun + 1 : 0;
            caps |= upperRun >= 3;
        }
        if (NUMBERED.matcher(word).matches()) {
            // "paq1 [paq2 ...]" for "pkg1 [pkg2 ...]": a usage line's numbered metavariable
            String digits = word.replaceAll("^\\D+", "");
            if (java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}+" + digits + "(?!\\p{N})").matcher(source).find()) {
                return true;
            }
        }
        return caps && METAVARIABLE.matcher(source).find();
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\p{L}+\\d+");

    /**
     * True when a small-letter word stands as an argument of a usage line: a digit right after it ("paket1"), a
     * {@code |} beside it ("install|remove"), a {@code ]} just before it or a {@code [} just after it
     * ("[Optionen] befehl"), or " ..." after it where the source repeats an argument so ("datei ...").
     */
    static boolean isUsageMetavariable(String text, int start, int end, String source) {
        if (start >= end || !Character.isLowerCase(text.charAt(start))) {
            return false;
        }
        if (repeatMarkAt(text, end) && repeatsAnArgument(source)) {
            return true; // "cat-file datei ..." for "cat-file file ...": an argument that may come again
        }
        char after = end < text.length() ? text.charAt(end) : ' ';
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        if (Character.isDigit(after) || after == '|' || before == '|') {
            return true;
        }
        int b = start - 1;
        while (b >= 0 && text.charAt(b) == ' ') {
            b--;
        }
        int a = end;
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        return b >= 0 && b < start - 1 && text.charAt(b) == ']' || a < text.length() && a > end && text.charAt(a) == '[';
    }

    /** True when a usage line's mark of an argument that may come again ("file ...", "datei …") starts at {@code at}. */
    static boolean repeatMarkAt(String text, int at) {
        return text.startsWith(" ...", at) || text.startsWith(" …", at);
    }

    /** True when the text marks an argument of a usage line as one that may come again ("file ..."). */
    static boolean repeatsAnArgument(String text) {
        return text.contains(" ...") || text.contains(" …");
    }

    /** Four capitals or more at a word's start in the source, as GNU programs name an option's argument (FILE, NUMBERth). */
    private static final java.util.regex.Pattern METAVARIABLE =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{4,}");

    /**
     * True when the word stands in the source with only its first letter's case changed ("Umask" for "umask": German
     * capitalises nouns) or as the letters of a token with digits ("libc" of "libc6").
     */
    static boolean standsInSourceWord(String word, String source) {
        if (word.length() < 2) {
            return false;
        }
        String lowered = word.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + word.substring(1);
        String raised = word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
        for (String w : new String[] {lowered, raised}) {
            if (ProperNames.containsWord(source, w)) {
                return true;
            }
            for (int i = source.indexOf(w); i >= 0; i = source.indexOf(w, i + 1)) {
                int after = i + w.length();
                boolean startsWord = i == 0 || !Character.isLetterOrDigit(source.charAt(i - 1));
                if (startsWord && after < source.length() && Character.isDigit(source.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isProperTag(String tag, String language) {
        return switch (language) {
            case "en" -> tag.startsWith("NNP");
            case "fr" -> tag.startsWith("Z");
            case "de" -> tag.startsWith("EIG");
            case "es", "pt" -> tag.startsWith("NP");
            case "ru" -> tag.contains(":Name") || tag.contains(":Fam") || tag.contains(":Patr");
            default -> true; // a language whose tags are not known here: never guess
        };
    }

    /**
     * LanguageTool's findings are warnings, its style and register hints infos: an unknown word or a grammar pattern
     * is a likely problem, not one that is wrong in every context (a name, a term of the trade, a quotation), and
     * {@code --fail-on error} must not fail a well-kept catalog on them.
     */
    static Severity severityOf(IssueType type) {
        return switch (type) {
            case STYLE, REGISTER -> Severity.INFO;
            default -> Severity.WARNING;
        };
    }

    /** LanguageTool marks suggestions in its messages with {@code <suggestion>} tags: show them as quotes. */
    static String plainMessage(String message) {
        return LanguageToolPass.plainMessage(message);
    }
}
