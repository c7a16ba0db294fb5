package dev.concord.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Bounded matching answers as the plain engine does on ordinary expressions, and gives up, instead of hanging, on
 * the ones that backtrack catastrophically. The timeouts only guard against a hang; nothing here measures speed.
 */
class BoundedRegexTest {
    private static final String AAAA = "a".repeat(10_000) + "!";
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void ordinaryExpressionsAnswerAsThePlainEngine() {
        List<String> regexes = List.of("e-mail", "back|return|go", "\\bconservateurs?\\b", "(?i)l['’]étage",
                "\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)*", "(?<=\\d) %", "^\\s*$");
        List<String> texts = List.of("", "Envoyez un e-mail.", "Les conservateurs", "à L'étage", "Jean-Pierre",
                "10 %", "   ", AAAA);
        for (String r : regexes) {
            Pattern p = Pattern.compile(r);
            for (String t : texts) {
                assertEquals(p.matcher(t).find(), BoundedRegex.find(p, t), r + " in " + t);
                assertEquals(p.matcher(t).matches(), BoundedRegex.matches(p, t), r + " on " + t);
            }
        }
    }

    @Test
    void aMatcherGivesGroupsAndOffsetsOfTheInput() {
        Matcher m = BoundedRegex.matcher(Pattern.compile("(\\d+) (\\p{L}+)"), "about 12 apples");
        assertTrue(m.find());
        assertEquals(6, m.start());
        assertEquals("12", m.group(1));
        assertEquals("apples", m.group(2));
    }

    @Test
    void catastrophicBacktrackingOverrunsInsteadOfHanging() {
        for (String r : List.of("(a+)+$", "(a|a)+$", "(a|aa)+$", "a*a*a*z", "(\\w|a)*x", "(.*a){12}x")) {
            Pattern p = Pattern.compile(r);
            RegexOverrunException e = assertTimeoutPreemptively(HANG_GUARD,
                    () -> assertThrows(RegexOverrunException.class, () -> BoundedRegex.find(p, AAAA)), r);
            assertEquals(r, e.pattern());
            assertEquals(AAAA.length(), e.inputLength());
            assertTrue(e.getMessage().contains(r), e.getMessage());
        }
    }

    @Test
    void theBudgetGrowsWithTheInputAboveAFloor() {
        assertEquals(BoundedRegex.MIN_STEPS, BoundedRegex.budgetFor(0));
        assertEquals(BoundedRegex.MIN_STEPS, BoundedRegex.budgetFor(10));
        assertEquals(BoundedRegex.STEPS_PER_CHAR * 50_000, BoundedRegex.budgetFor(50_000));
        // Quadratic work on a long line stays within it: .* tries every start, reads to the line's end, finds nothing.
        String line = "word ".repeat(400);
        assertFalse(BoundedRegex.find(Pattern.compile(".*ment"), line));
    }

    @Test
    void probesFindExpressionsThatBacktrackOnLongTokens() {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        for (String r : List.of("a*a*a*a*a*b", "(.*a){8}x", "x*y*x*y*x*y*z")) {
            String probe = assertTimeoutPreemptively(HANG_GUARD,
                    () -> BoundedRegex.overrunningProbe(Pattern.compile(r, flags), 250, true));
            assertNotNull(probe, r);
            assertEquals(250, probe.length());
        }
        for (String r : List.of("e-mail", "back|return|go", "l['’]", "\\w+ment", "(?:[a-z]+\\.)+[a-z]+")) {
            assertNull(BoundedRegex.overrunningProbe(Pattern.compile(r, flags), 250, true), r);
            assertNull(BoundedRegex.overrunningProbe(Pattern.compile(r, flags), 500, false), r);
        }
        // Quadratic on a whole token, but cubic when tried from every start of a long text.
        Pattern quadratic = Pattern.compile("a*a*z", flags);
        assertNull(BoundedRegex.overrunningProbe(quadratic, 250, true));
        assertNotNull(BoundedRegex.overrunningProbe(quadratic, 2000, false));
    }
}
