package dev.concord.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds URLs and e-mail addresses in prose, which rules must not spell-check or translate. */
public final class Links {
    private static final String URL = "(?:\\b(?:https?|ftp|file)://|\\bwww\\.)[^\\s\\p{Z}<>\"'«»“”‘’]+";
    private static final String MAIL = "\\b[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+";
    private static final Pattern LINK = Pattern.compile(URL + "|" + MAIL);
    /** The same without the e-mail branch, which cannot match a text without "@" but is tried at every word. */
    private static final Pattern URL_ONLY = Pattern.compile(URL);

    private Links() {
    }

    /** The ranges of URLs and e-mail addresses in {@code text}, without trailing sentence punctuation. */
    public static List<TextRange> find(String text) {
        List<TextRange> out = new ArrayList<>();
        boolean mail = text.indexOf('@') >= 0;
        if (!mail && !text.contains("://") && !text.contains("www.")) {
            return out; // what every match needs, found without the expression's scan of each position
        }
        Matcher m = (mail ? LINK : URL_ONLY).matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:!?)]}".indexOf(text.charAt(end - 1)) >= 0) {
                // A closing bracket that the URL opened belongs to it (Wikipedia links).
                char c = text.charAt(end - 1);
                if ((c == ')' && text.substring(m.start(), end).contains("("))) {
                    break;
                }
                end--;
            }
            out.add(new TextRange(m.start(), end));
        }
        return out;
    }
}
