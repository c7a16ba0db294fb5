package dev.concord.qa;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.concord.text.TextRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds numbers in text and reads them the way the text's language writes them, through ICU's number symbols:
 * {@code 1,500} is fifteen hundred in English and one and a half in French and German, where fifteen hundred is
 * {@code 1 500} (French, with a space, a no-break space or a narrow no-break space) or {@code 1.500} (German). Digits
 * of any script count ({@code ١٥} is 15). A number that does not follow its language's conventions (a version such
 * as {@code 12.34.56}) is compared as written.
 */
final class Numbers {
    private static final Map<ULocale, Symbols> SYMBOLS = new ConcurrentHashMap<>();

    /** A number at [start, end) of a text: as written (digits made ASCII), and its value in the text's language. */
    record Num(int start, int end, String literal, BigDecimal value, String raw) {
    }

    /** A language's decimal and grouping separators. */
    record Symbols(char decimal, char grouping, boolean spaceGrouping, boolean indian) {
    }

    private Numbers() {
    }

    static Symbols symbols(ULocale locale) {
        ULocale key = locale == null ? ULocale.ENGLISH : locale;
        return SYMBOLS.computeIfAbsent(key, l -> {
            DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(l);
            char g = s.getGroupingSeparator();
            boolean space = Character.isSpaceChar(g) || g == '\u202F';
            String lang = l.getLanguage();
            return new Symbols(s.getDecimalSeparator(), g, space, lang.equals("hi") || lang.equals("bn")
                    || lang.equals("mr") || lang.equals("ta") || lang.equals("te") || lang.equals("gu"));
        });
    }

    /** The numbers of {@code text} outside {@code skip} (placeholders, URLs, codes), read with {@code symbols}. */
    static List<Num> scan(String text, Symbols symbols, List<TextRange> skip) {
        List<Num> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            StringBuilder literal = new StringBuilder();
            int end = i;
            while (end < n) {
                int c = text.codePointAt(end);
                if (Character.isDigit(c)) {
                    literal.append((char) ('0' + Character.digit(c, 10)));
                    end += Character.charCount(c);
                    continue;
                }
                if (isSeparator(c, symbols) && end + 1 < n && Character.isDigit(text.codePointAt(end + 1))) {
                    if (isSpace(c) && !symbols.spaceGrouping()) {
                        break;
                    }
                    if (isSpace(c) && !threeDigitsFollow(text, end + 1)) {
                        break;
                    }
                    literal.append(normalSeparator(c));
                    end++;
                    continue;
                }
                break;
            }
            if (!inside(skip, start, end)) {
                String lit = literal.toString();
                out.add(new Num(start, end, lit, value(lit, symbols), text.substring(start, end)));
            }
            i = end;
        }
        return out;
    }

    private static boolean threeDigitsFollow(String text, int from) {
        int k = from;
        int count = 0;
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            k++;
            count++;
        }
        return count == 3;
    }

    private static boolean inside(List<TextRange> skip, int start, int end) {
        for (TextRange r : skip) {
            if (r.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static boolean isSeparator(int c, Symbols s) {
        return c == '.' || c == ',' || isSpace(c) || c == '\'' || c == '’' || c == '٫' || c == '٬'
                || c == s.decimal() || c == s.grouping();
    }

    /** Separators as one character each: spaces become ' ', Arabic separators their Latin look-alikes. */
    private static char normalSeparator(int c) {
        if (isSpace(c)) {
            return ' ';
        }
        if (c == '’') {
            return '\'';
        }
        if (c == '٫') {
            return '.'; // the Arabic decimal separator
        }
        if (c == '٬') {
            return ','; // the Arabic thousands separator
        }
        return (char) c;
    }

    /**
     * The value of a literal (ASCII digits and normalised separators) in a language with these symbols, or null when
     * the literal does not follow them: one decimal separator at most, after groups of three digits.
     */
    static BigDecimal value(String literal, Symbols s) {
        char decimal = normalSeparator(s.decimal());
        char grouping = normalSeparator(s.grouping());
        boolean groupingIsSpace = s.spaceGrouping();
        StringBuilder digits = new StringBuilder();
        int groups = 0;
        int groupLength = -1;
        boolean seenDecimal = false;
        int firstGroup = -1;
        int run = 0;
        for (int k = 0; k < literal.length(); k++) {
            char c = literal.charAt(k);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                run++;
                continue;
            }
            boolean isGrouping = c == grouping || groupingIsSpace && c == ' '
                    || grouping == '\'' && c == '\'';
            if (c == decimal && !seenDecimal) {
                if (groups > 0 && run != 3) {
                    return null;
                }
                seenDecimal = true;
                digits.append('.');
                run = 0;
                continue;
            }
            if (isGrouping && !seenDecimal) {
                if (groups == 0) {
                    firstGroup = run;
                    if (run < 1 || run > 3) {
                        return null;
                    }
                } else if (run != 3 && !(s.indian() && run == 2)) {
                    return null;
                }
                groups++;
                groupLength = run;
                run = 0;
                continue;
            }
            return null;
        }
        if (groups > 0 && !seenDecimal && run != 3) {
            return null;
        }
        if (seenDecimal && run == 0) {
            return null;
        }
        try {
            return new BigDecimal(digits.toString()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
