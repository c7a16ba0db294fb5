package dev.concord.qa;

import dev.concord.Unit;
import dev.concord.text.Links;
import dev.concord.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a unit's text that are not language: placeholders of every syntax the QA checks know (printf, Python
 * {@code %(name)s}, braces, ICU MessageFormat arguments with their selectors and case keywords), tags written as text
 * and inline codes, URLs and e-mail addresses, file paths, command-line options ({@code --no-same-owner}), scoped
 * identifiers ({@code Acquire::ftp::Proxy}), and code spans in backquotes. Spelling and grammar checkers
 * must not read them as words: "%(count)s" is no misspelling of "Count".
 */
public final class CodeRanges {
    // A Unix or Windows path of at least two parts (/usr/share/doc, C:\Users, ~/.config, ./manage.py), not "and/or".
    static final Pattern PATH = Pattern.compile(
            "(?<![\\p{L}\\p{N}_./\\\\])(?:~|\\.{1,2}|[A-Za-z]:)?[/\\\\][\\p{L}\\p{N}_.@%+-]+(?:[/\\\\][\\p{L}\\p{N}_.@%+-]*)+"
                    + "|(?<![\\p{L}\\p{N}_])(?:~|\\.{1,2})/[\\p{L}\\p{N}_.@%+-]+");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]+`");
    // A command-line option (--one-top-level=DIR, --no-same-owner) and a scoped identifier (Acquire::ftp::Proxy).
    private static final Pattern OPTION = Pattern.compile("(?<![\\p{L}\\p{N}-])--[\\p{L}][\\p{L}\\p{N}_-]*(?:=[^\\s,;)»”\"']+)?");
    private static final Pattern SCOPED = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*(?:::[\\p{L}\\p{N}_]*)+");

    private CodeRanges() {
    }

    /** The ranges of a unit's target text that are not language, in no particular order. */
    public static List<TextRange> ofTarget(Unit unit) {
        String text = unit.text();
        return of(text, unit.protectedRanges(), Placeholders.scan(text, TextFacts.printf(unit)), links(text),
                text.indexOf('<') >= 0 ? Tags.scan(text) : List.of());
    }

    /** True when [start, end) overlaps one of {@code ranges}. */
    public static boolean overlaps(List<TextRange> ranges, int start, int end) {
        for (TextRange r : ranges) {
            if (r.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** URLs and e-mail addresses ({@link Links#find} runs its pattern only where a link can be). */
    static List<TextRange> links(String text) {
        return Links.find(text);
    }

    static List<TextRange> of(String text, List<TextRange> protectedRanges, Placeholders.Result placeholders,
            List<TextRange> links, List<Tags.Tag> tags) {
        List<TextRange> c = new ArrayList<>(protectedRanges);
        for (Placeholder p : placeholders.placeholders()) {
            c.add(new TextRange(p.start(), p.end()));
        }
        for (Placeholders.Choice choice : placeholders.choices()) {
            // The cases' messages are language; their keywords ("one {"), braces and the plural's # are not.
            for (int offset : choice.keywordOffsets().values()) {
                int brace = text.indexOf('{', offset);
                if (brace >= 0 && brace < choice.end()) {
                    c.add(new TextRange(offset, brace + 1));
                }
            }
            for (int k = choice.start(); k < choice.end(); k++) {
                char ch = text.charAt(k);
                if (ch == '}' || ch == '#' && !choice.type().equals("select")) {
                    c.add(new TextRange(k, k + 1));
                }
            }
        }
        c.addAll(links);
        for (Tags.Tag t : tags) {
            c.add(new TextRange(t.start(), t.end()));
        }
        int slash = firstSlash(text);
        if (slash >= 0) {
            // A path starts at most two characters before its first slash ("~/", "../", "C:\\"): the scan starts
            // there, its look-behind still seeing the text before.
            Matcher m = PATH.matcher(text);
            m.useTransparentBounds(true).useAnchoringBounds(false).region(Math.max(0, slash - 2), text.length());
            addAll(c, m);
        }
        if (text.indexOf('`') >= 0) {
            addAll(c, CODE_SPAN.matcher(text));
        }
        if (text.contains("--")) {
            addAll(c, OPTION.matcher(text));
        }
        if (text.contains("::")) {
            addAll(c, SCOPED.matcher(text));
        }
        return c;
    }

    /** The first "/" or "\\" of the text, or -1. */
    private static int firstSlash(String text) {
        int slash = text.indexOf('/');
        int back = text.indexOf('\\');
        return slash < 0 ? back : back < 0 ? slash : Math.min(slash, back);
    }

    private static void addAll(List<TextRange> out, Matcher m) {
        while (m.find()) {
            out.add(new TextRange(m.start(), m.end()));
        }
    }
}
