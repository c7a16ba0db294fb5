package dev.concord.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import dev.concord.text.Links;
import dev.concord.text.TextRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of the hot scans find what the plain scans find: paths scanned from two characters before the first
 * slash, links without the e-mail branch where the text has no "@". On crafted texts and every unit of the committed
 * real catalogs, both sides.
 */
class ScanShortcutsTest {
    /** The expression {@link Links} used in one piece before it was split. */
    private static final Pattern PLAIN_LINK = Pattern.compile(
            "(?:\\b(?:https?|ftp|file)://|\\bwww\\.)[^\\s\\p{Z}<>\"'«»“”‘’]+"
                    + "|\\b[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    @Test
    void shortcutsFindWhatThePlainScansFind() throws Exception {
        List<String> texts = new ArrayList<>(List.of("see /usr/share/doc and ~/x/y", "C:\\Program Files\\x",
                "../a/b ./c a/b/c", "x~/a", "https://example.com/a/b?c=d (www.example.org/x)",
                "mail a.b@example.co.uk or https://user@host.example/x", "no link here", "a/b", "//", "~/",
                "..\\..\\x", "1/2 and 3/4", "http://x.y/(z)", "www.example.fr, puis https://a.b/c."));
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/real"))) {
            for (Path f : walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(po|json|properties)$")).toList()) {
                Document d = Formats.read(f, ReadOptions.defaults().withSourceLocale("en").withTargetLocale("fr"));
                for (Unit u : d.units()) {
                    texts.add(u.text());
                    if (u.source() != null) {
                        texts.add(u.source());
                    }
                }
            }
        }
        int withSlash = 0;
        for (String t : texts) {
            assertEquals(plain(PLAIN_LINK, t), startsOf(t), t);
            List<TextRange> shortcut = CodeRanges.of(t, List.of(), Placeholders.scan(t, true), List.of(), List.of());
            List<String> paths = plain(CodeRanges.PATH, t);
            for (String p : paths) {
                assertTrue(shortcut.stream().anyMatch(r -> (r.start() + "-" + r.end()).equals(p)), t + ": " + p);
            }
            withSlash += t.indexOf('/') >= 0 ? 1 : 0;
        }
        assertTrue(texts.size() > 500 && withSlash > 20, texts.size() + " texts, " + withSlash + " with a slash");
    }

    /** The links {@link Links#find} finds, as start-end pairs. */
    private static List<String> startsOf(String t) {
        return Links.find(t).stream().map(r -> r.start() + "-" + r.end()).toList();
    }

    /** Start-end pairs of a plain scan; for links, trailing punctuation trimmed as {@link Links#find} trims it. */
    private static List<String> plain(Pattern p, String t) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
            int end = m.end();
            if (p == PLAIN_LINK) {
                while (end > m.start() && ".,;:!?)]}".indexOf(t.charAt(end - 1)) >= 0
                        && !(t.charAt(end - 1) == ')' && t.substring(m.start(), end).contains("("))) {
                    end--;
                }
            }
            out.add(m.start() + "-" + end);
        }
        return out;
    }
}
