package dev.concord.grammar;

import java.util.List;
import java.util.Set;

/**
 * Tells when a LanguageTool match in a translation is on something the translator kept from the source on purpose:
 * the source's own lower-case start ("show package details" is a fragment, not a sentence), its missing full stop,
 * its column-aligning spaces, its code-like tokens ({@code CACHEDIR.TAG}, {@code %s..%s}, {@code 0:{length}}), its
 * quoting style ({@code `%s'}), and the doubled apostrophe of Java's and UI5's MessageFormat ({@code l''heure}),
 * which the application turns into one. LanguageTool reads the target alone and cannot know any of this; a
 * translation that mirrors its source there is right. These matches are dropped, not reported.
 */
final class KeptFromSource {
    /** LanguageTool's "a sentence starts with a capital" rules. */
    private static final Set<String> SENTENCE_START = Set.of("UPPERCASE_SENTENCE_START", "MAYUSCULAS_INICIO_FRASE");
    /** LanguageTool's "the paragraph lacks its final punctuation" rules. */
    private static final Set<String> FINAL_PUNCTUATION = Set.of("POINT", "PUNCTUATION_PARAGRAPH_END",
            "PUNKT_ENDE_ABSATZ", "PUNKT_ENDE_DIREKTE_REDE", "FALTA_PUNTO_FINAL");

    private KeptFromSource() {
    }

    /**
     * True when the match of {@code ruleId} on {@code target[start, end)} mirrors {@code source}, or falls on a
     * MessageFormat doubled apostrophe. Spelling matches are judged elsewhere, except for the apostrophe.
     */
    static boolean isKept(String ruleId, boolean spelling, String target, int start, int end, String source) {
        return isKept(ruleId, spelling, target, start, end, source, List.of());
    }

    /**
     * As {@link #isKept(String, boolean, String, int, int, String)}, also reading the match's suggestions: a match at
     * the message's end whose every suggestion only adds or changes its final mark is kept when the source does not
     * end with any of those marks ("Le téléchargement a échoué" for "Download failed").
     */
    static boolean isKept(String ruleId, boolean spelling, String target, int start, int end, String source,
            List<String> suggestions) {
        if (touchesDoubledApostrophe(target, start, end)) {
            return true;
        }
        if (source == null || source.isBlank()) {
            return false;
        }
        if (insideCopiedCode(target, start, end, source)) {
            return true; // "apt-get update", "sed -e": a command the translation quotes from the source as it stands
        }
        if (spelling) {
            return false;
        }
        String matched0 = target.substring(start, end);
        String bare = matched0.strip();
        if (!CAPS_WORD.matcher(bare).matches() && holdsTranslatedMetavariable(matched0, source, target)) {
            return true; // "Trunca FICHERO", "через ПРОГ": a usage line's argument name, translated, read as a word
        }
        if (!bare.isEmpty() && Character.isLetter(bare.codePointAt(0)) && optionJustBefore(target, start, source)) {
            return true; // "-T lee los nombres": the option is the subject of a help line, not a word of the language
        }
        if ((matched0.endsWith(" ...") || matched0.endsWith(" …")) && LanguageToolRule.repeatsAnArgument(source)) {
            return true; // "fichier ..." for "file ...": a usage line's repeated argument, spaced as the source
        }
        if (ruleId.equals("NUMERO_DE_SG_PL") && !NUMBER_OF.matcher(source).find()) {
            return true; // "número de dispositivo" for "device number": an identifier's number, not a count
        }
        if (bare.length() == 1 && !Character.isLetterOrDigit(bare.charAt(0))
                && quotedAlone(target, target.indexOf(bare, start)) && quotesAlone(source, bare.charAt(0))) {
            return true; // "« . »" for "`.'": a mark quoted as the literal the source quotes, not punctuation
        }
        if (bare.length() >= 2 && bare.codePoints().noneMatch(Character::isLetterOrDigit) && source.contains(bare)) {
            return true; // "!?", "..", "<=", "--": a mark or an operator the source writes the same way
        }
        if (!bare.isEmpty() && bare.chars().allMatch(Character::isDigit) && standsAsWord(source, bare)) {
            return true; // "(par défaut 1)": a figure the source gives in digits, not a number to spell out
        }
        for (String token : matched0.strip().split("\\s+")) {
            String t = trimPunctuation(token);
            if (t.length() >= 2 && OPTION.matcher(t).matches() && standsAsWord(source, t)) {
                return true; // "et -y": a command-line option inside the match, not a dash of the language
            }
        }
        if (endMarkOnly(target, end, matched0, suggestions) && !endsWithAnyMarkOf(source, matched0, suggestions)) {
            return true;
        }
        if (SENTENCE_START.contains(ruleId)) {
            int s = firstLetter(source);
            if (s >= 0 && !Character.isUpperCase(source.codePointAt(s)) && !Character.isTitleCase(source.codePointAt(s))) {
                return true;
            }
            String word = target.substring(start, end).strip();
            if (word.codePointCount(0, word.length()) <= 5 && target.strip().equals(word + ".")) {
                return true; // "дн." for "Days": an abbreviation, whole message, keeps its small letter
            }
            // "apt-config — интерфейс ...", "tar -tvf archive.tar": a command's name, written as the source writes it
            return word.codePointCount(0, word.length()) >= 3 && standsAsWord(source, word);
        }
        if (FINAL_PUNCTUATION.contains(ruleId)) {
            String t = source.strip();
            return t.isEmpty() || ".!?…:;。！？".indexOf(t.charAt(t.length() - 1)) < 0;
        }
        String matched = matched0;
        if (!matched.isEmpty() && matched.isBlank()) {
            // Spaces that align columns of a help text stand in the source too.
            return source.contains("  ") || source.contains(matched);
        }
        if (ruleId.contains("UNPAIRED")) {
            // An unpaired quote or bracket that the source has as often: `%s' kept as the source quotes it.
            if (matched.equals("'") && target.lastIndexOf('`', start) >= 0 || matched.equals("`")
                    && target.indexOf('\'', end) >= 0) {
                return true; // GNU's `quoted' style: a backquote opens what the apostrophe closes
            }
            for (int i = 0; i < matched.length(); i++) {
                char c = matched.charAt(i);
                if ("()[]{}\"'`«»“”‘’„".indexOf(c) >= 0 && count(source, c) == count(target, c) && count(source, c) > 0) {
                    return true;
                }
                // "“今天是什么日子了？" → "\"What day is it today?": the same quotation left open, in the other
                // language's quote marks (or full-width brackets for ASCII ones).
                String kin = kin(c);
                if (kin != null && countAny(source, kin) == countAny(target, kin) && countAny(source, kin) > 0) {
                    return true;
                }
            }
            return false;
        }
        String run = run(target, start, end);
        if (isCodeLike(run) && source.contains(run)) {
            return true;
        }
        String option = trimPunctuation(run);
        if (OPTION.matcher(option).matches() && standsAsWord(source, option)) {
            return true; // "-T", "--allow-": a command-line option, not a dash or a hyphen of the language
        }
        if (matched.length() > 1 && matched.charAt(0) == '.' && Character.isLetter(matched.charAt(1))
                && dotBeforeSameCase(source, Character.isUpperCase(matched.charAt(1)))) {
            return true; // "archivo.tar", "MAYOR[.SECUNDARIO]": a file's extension, a dotted metavariable
        }
        if ((matched.equals("...") || matched.equals("…")) && start > 0 && !Character.isWhitespace(target.charAt(start - 1))
                && GLUED_ELLIPSIS.matcher(source).find()) {
            return true; // "[OPTION...] DATEI...": the usage line's repetition mark, glued as the source glues it
        }
        return gluedLikeTheSource(matched, source);
    }

    private static final String END_MARKS = ".!?…:;。！？";

    /**
     * True when the match reaches the message's end (closing quotes and spaces aside) and every suggestion is the
     * matched text with only its final marks added, removed or changed.
     */
    private static boolean endMarkOnly(String target, int end, String matched, List<String> suggestions) {
        if (suggestions.isEmpty() || !target.substring(end).replaceAll("[\\s\"'”’»)\\]]", "").isEmpty()) {
            return false;
        }
        String core = stripEndMarks(matched);
        for (String s : suggestions) {
            if (!stripEndMarks(s).equals(core) || s.equals(matched)) {
                return false;
            }
        }
        return true;
    }

    /** True when the source ends with a final mark that one of the suggestions would put at the target's end. */
    private static boolean endsWithAnyMarkOf(String source, String matched, List<String> suggestions) {
        String s = source.strip().replaceAll("[\"'”’»)\\]]+$", "");
        String sourceMarks = s.substring(stripEndMarks(s).length());
        if (sourceMarks.isEmpty()) {
            return false;
        }
        for (String suggestion : suggestions) {
            String marks = suggestion.substring(stripEndMarks(suggestion).length());
            if (!marks.isEmpty() && (marks.contains(sourceMarks) || sourceMarks.contains(marks))) {
                return true;
            }
        }
        return false;
    }

    private static String stripEndMarks(String s) {
        int e = s.length();
        while (e > 0 && (END_MARKS.indexOf(s.charAt(e - 1)) >= 0 || Character.isWhitespace(s.charAt(e - 1)))) {
            e--;
        }
        return s.substring(0, e);
    }

    /** True when the source has a dot glued between a letter or bracket and a letter of the given case. */
    private static boolean dotBeforeSameCase(String source, boolean upper) {
        for (int i = source.indexOf('.'); i > 0 && i + 1 < source.length(); i = source.indexOf('.', i + 1)) {
            char before = source.charAt(i - 1);
            char after = source.charAt(i + 1);
            if ((Character.isLetterOrDigit(before) || before == '[') && Character.isLetter(after)
                    && Character.isUpperCase(after) == upper) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern GLUED_ELLIPSIS = java.util.regex.Pattern.compile("\\S(\\.\\.\\.|…)");

    private static final java.util.regex.Pattern OPTION = java.util.regex.Pattern.compile("--?[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");

    /**
     * True when the match holds a comma, semicolon or full stop glued to the next letter and the source glues the
     * same mark the same way ("[Installiert,lokal]" for "[installed,local]": a list the program parses).
     */
    private static boolean gluedLikeTheSource(String matched, String source) {
        for (int i = 0; i + 1 < matched.length(); i++) {
            char c = matched.charAt(i);
            if (",;".indexOf(c) >= 0 && Character.isLetter(matched.charAt(i + 1))) {
                for (int k = source.indexOf(c); k >= 0 && k + 1 < source.length(); k = source.indexOf(c, k + 1)) {
                    if (Character.isLetter(source.charAt(k + 1))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String trimPunctuation(String run) {
        int e = run.length();
        while (e > 0 && ".,;:!?)»\"'".indexOf(run.charAt(e - 1)) >= 0) {
            e--;
        }
        int b = 0;
        while (b < e && "(«\"'".indexOf(run.charAt(b)) >= 0) {
            b++;
        }
        return run.substring(b, e);
    }

    /** "number of", "numbers of": the source counts things, and LanguageTool's plural after "número de" is right. */
    private static final java.util.regex.Pattern NUMBER_OF =
            java.util.regex.Pattern.compile("(?i)\\bnumbers? of\\b|\\bcount of\\b|\\bhow many\\b");

    /** A word of three capitals or more, with no small letter: a metavariable or an acronym. */
    private static final java.util.regex.Pattern CAPS_WORD =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{3,}(?![\\p{L}\\p{N}])");

    /**
     * True when the match holds a word in capitals that the source does not have, and the source has one the target
     * does not: a usage line's metavariable, translated (FILE → FICHERO, PROG → ПРОГ). An acronym stands the same in
     * both and is left to the rule.
     */
    static boolean holdsTranslatedMetavariable(String matched, String source, String target) {
        java.util.regex.Matcher m = CAPS_WORD.matcher(matched);
        boolean translatedHere = false;
        while (m.find()) {
            translatedHere |= !standsAsWord(source, m.group());
        }
        if (!translatedHere) {
            return false;
        }
        java.util.regex.Matcher s = CAPS_WORD.matcher(source);
        while (s.find()) {
            if (!standsAsWord(target, s.group())) {
                return true;
            }
        }
        return false;
    }

    /** True when the stretch right before the match is a command-line option that the source has too. */
    static boolean optionJustBefore(String target, int start, String source) {
        int e = start;
        while (e > 0 && target.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == start) {
            return false;
        }
        int b = e;
        while (b > 0 && !Character.isWhitespace(target.charAt(b - 1))) {
            b--;
        }
        String before = trimPunctuation(target.substring(b, e));
        return before.length() >= 2 && OPTION.matcher(before).matches() && standsAsWord(source, before);
    }

    /**
     * True when the match lies inside two neighbouring stretches of the target (whitespace apart) that stand together
     * and unchanged in the source, one of them code-like or an option: "apt-get update", "sed -e", "tar -xf". A
     * command quoted from the source is no text of the target's language.
     */
    static boolean insideCopiedCode(String target, int start, int end, String source) {
        List<int[]> runs = new java.util.ArrayList<>();
        int i = 0;
        while (i < target.length()) {
            while (i < target.length() && Character.isWhitespace(target.charAt(i))) {
                i++;
            }
            int b = i;
            while (i < target.length() && !Character.isWhitespace(target.charAt(i))) {
                i++;
            }
            if (b < i) {
                runs.add(new int[] {b, i});
            }
        }
        int matchWords = words(target.substring(start, end));
        for (int[] r : runs) {
            // "utiliser apt-cdrom": the speller's word is part of a hyphenated or dotted command the source writes
            String run = trimPunctuation(target.substring(r[0], r[1]));
            boolean joined = run.length() >= 3 && run.chars().anyMatch(c -> c == '-' || c == '_' || c == '.')
                    && run.chars().noneMatch(Character::isUpperCase);
            if (joined && r[0] < end && start < r[1] && matchWords <= 2
                    && standsAsWord(source, run)) {
                return true;
            }
        }
        for (int k = 0; k + 1 < runs.size(); k++) {
            int[] a = runs.get(k);
            int[] b = runs.get(k + 1);
            if (b[0] - a[1] != 1 || a[1] <= start && b[0] >= end || b[1] <= start || a[0] >= end) {
                continue; // not one space apart, or the match lies in neither
            }
            String first = trimPunctuation(target.substring(a[0], a[1]));
            String second = trimPunctuation(target.substring(b[0], b[1]));
            boolean option = OPTION.matcher(first).matches() || OPTION.matcher(second).matches();
            // a command is written in small letters; "Kassym-Jomart Tokayev", "Abu al-Naga" are names
            boolean small = (first + second).chars().noneMatch(Character::isUpperCase);
            boolean code = option || small && (first.indexOf('-') > 0 || second.indexOf('-') > 0
                    || isCodeLike(first) || isCodeLike(second));
            String pair = first + " " + second;
            // A match of one or two words may reach past the pair ("lancer apt" of "lancer apt-get update": the
            // speller's split suggestion joins the neighbour in); a longer one must lie inside it.
            boolean inside = a[0] <= start && end <= b[1] || matchWords <= 2;
            if (code && inside && first.length() >= 2 && second.length() >= 2 && standsAsWord(source, pair)) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static final String QUOTES = "\"'`«»“”„‘’‹›「」";

    /** True when the character at {@code at} stands between quote marks, spaces aside ("« . »", "'.'"). */
    private static boolean quotedAlone(String text, int at) {
        if (at < 0) {
            return false;
        }
        int b = at - 1;
        while (b >= 0 && Character.isSpaceChar(text.charAt(b))) {
            b--;
        }
        int a = at + 1;
        while (a < text.length() && Character.isSpaceChar(text.charAt(a))) {
            a++;
        }
        return b >= 0 && a < text.length() && QUOTES.indexOf(text.charAt(b)) >= 0 && QUOTES.indexOf(text.charAt(a)) >= 0;
    }

    /** True when the source quotes the mark alone somewhere ("`.'", "'?'"). */
    private static boolean quotesAlone(String source, char mark) {
        for (int i = source.indexOf(mark); i >= 0; i = source.indexOf(mark, i + 1)) {
            if (quotedAlone(source, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean standsAsWord(String text, String word) {
        return dev.concord.text.Words.standsAsWord(text, word);
    }

    /**
     * True for a "sentence starts with a capital" match on a catalog message that is no sentence on either side (no
     * full stop, question or exclamation mark at its end: "neue Pakete installieren" for "Install new packages"). A
     * team's labels and descriptions have a house style; qa.start-capitalization reports a departure from the source
     * there as a hint, and LanguageTool, which reads the target alone, does not repeat it as a warning.
     */
    static boolean isCatalogLabelCase(String ruleId, String target, String source) {
        return SENTENCE_START.contains(ruleId) && source != null && isFragment(source) && isFragment(target);
    }

    /** True when the text does not end as a sentence does, with a full stop, a question or an exclamation mark. */
    static boolean isFragment(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"'”’»)]}›」』".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.isEmpty() || ".!?…。！？".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** The whitespace-delimited stretch of {@code text} around {@code [start, end)}. */
    static String run(String text, int start, int end) {
        int s = start;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        int e = Math.max(end, start);
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    /**
     * True for a stretch that is not a word with punctuation around it: it has no letter at all ({@code '..'}), or a
     * non-letter inside its letters ({@code CACHEDIR.TAG}, {@code 0:{length}}, {@code %s..%s}).
     */
    static boolean isCodeLike(String run) {
        int a = 0;
        int b = run.length();
        while (a < b && !Character.isLetterOrDigit(run.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(run.charAt(b - 1))) {
            b--;
        }
        if (a == b) {
            return !run.isEmpty();
        }
        for (int i = a; i < b; i++) {
            char c = run.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '\'' && c != '’') {
                return true;
            }
        }
        return false;
    }

    /** True when the match covers or borders a doubled ASCII apostrophe between letters ({@code l''heure}). */
    private static boolean touchesDoubledApostrophe(String text, int start, int end) {
        int from = Math.max(0, start - 2);
        int to = Math.min(text.length(), end + 2);
        for (int i = from; i + 1 < to; i++) {
            if (text.charAt(i) == '\'' && text.charAt(i + 1) == '\'' && i > 0 && i + 2 < text.length()
                    && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** The first letter of the text that is not part of a placeholder ({@code %s}, {@code {0}}); -1 if none. */
    private static int firstLetter(String s) {
        boolean inBraces = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                inBraces = true;
            } else if (c == '}') {
                inBraces = false;
            } else if (Character.isLetter(c) && !inBraces && (i == 0 || s.charAt(i - 1) != '%')) {
                return i;
            }
        }
        return -1;
    }

    /** The marks that do one job across languages and scripts: double quotes, single quotes, each bracket side. */
    private static final List<String> KINS = List.of("\"“”„«»「」『』＂", "‘’‚‹›", "(（", ")）", "[［【", "]］】");

    private static String kin(char c) {
        for (String k : KINS) {
            if (k.indexOf(c) >= 0) {
                return k;
            }
        }
        return null;
    }

    private static long countAny(String s, String marks) {
        return s.chars().filter(ch -> marks.indexOf(ch) >= 0).count();
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
