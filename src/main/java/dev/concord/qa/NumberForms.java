package dev.concord.qa;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The other ways a language writes a number than with digits, from ICU's locale data, so that the number check
 * compares values rather than digit strings: a scale word or character after the digits ("2.5 million", "2万"),
 * spelled-out small numbers ("five", "fünf" for 5; 五 for 5 in a Chinese source), month names for a Chinese or
 * Japanese source's month numbers (1月 is "January"), and the 24-hour reading of "3 pm" (15 Uhr).
 */
final class NumberForms {
    /** Words a spelled-out number is looked for up to; larger numbers are written with digits in practice. */
    private static final int SPELLED_UP_TO = 100;
    private static final String HAN_DIGITS = "零〇一二两三四五六七八九十百千万萬亿億兆";
    private static final Map<ULocale, Language> LANGUAGES = new ConcurrentHashMap<>();

    /** What ICU says of one language: its scale words, small numbers spelled out, and month names. */
    private record Language(Map<String, BigDecimal> scales, Map<String, Integer> spelled, Map<String, Integer> months) {
    }

    private NumberForms() {
    }

    private static Language language(ULocale locale) {
        ULocale key = new ULocale(locale.getLanguage());
        return LANGUAGES.computeIfAbsent(key, NumberForms::load);
    }

    private static Language load(ULocale locale) {
        RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        Map<String, BigDecimal> scales = new HashMap<>();
        for (long scale : new long[] {1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L}) {
            for (long times : new long[] {1, 2}) {
                String words = spellout.format(scale * times);
                String[] parts = words.split("[\\s\\u00AD-]+");
                String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
                if (!last.isEmpty() && Character.isLetter(last.codePointAt(0))) {
                    scales.putIfAbsent(last, BigDecimal.valueOf(scale));
                }
            }
        }
        switch (locale.getLanguage()) {
            // The short forms news and reports write after digits, which ICU's spellout does not give.
            case "en" -> {
                scales.put("bn", BigDecimal.valueOf(1_000_000_000L));
                scales.put("mn", BigDecimal.valueOf(1_000_000L));
            }
            case "de" -> {
                scales.put("mio", BigDecimal.valueOf(1_000_000L));
                scales.put("mrd", BigDecimal.valueOf(1_000_000_000L));
            }
            case "zh", "ja" -> {
                scales.put("万", BigDecimal.valueOf(10_000L));
                scales.put("萬", BigDecimal.valueOf(10_000L));
                scales.put("亿", BigDecimal.valueOf(100_000_000L));
                scales.put("億", BigDecimal.valueOf(100_000_000L));
                scales.put("千", BigDecimal.valueOf(1_000L));
            }
            default -> {
            }
        }
        Map<String, Integer> spelled = new HashMap<>();
        for (int n = 0; n <= SPELLED_UP_TO; n++) {
            spelled.putIfAbsent(spellout.format(n).toLowerCase(Locale.ROOT), n);
        }
        Map<String, Integer> months = new HashMap<>();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        for (String[] names : new String[][] {symbols.getMonths(), symbols.getShortMonths(),
                symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED)}) {
            for (int m = 0; m < Math.min(12, names.length); m++) {
                String name = names[m].toLowerCase(Locale.ROOT).replace(".", "");
                if (name.length() >= 3) {
                    months.putIfAbsent(name, m + 1);
                }
            }
        }
        return new Language(scales, spelled, months);
    }

    /**
     * The value a number has with the word or character after it: "2.5 million" is 2,500,000, "2万" 20,000; "3 pm"
     * is also 15 (as a time). Null when nothing after it changes its value.
     */
    static List<BigDecimal> alternatives(String text, Numbers.Num n, ULocale locale) {
        if (n.value() == null) {
            return List.of();
        }
        List<BigDecimal> out = new ArrayList<>(1);
        int i = n.end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j)) && !isHan(text.charAt(j))) {
            j++;
        }
        if (j == i && i < text.length() && isHan(text.charAt(i))) {
            j = i + 1;
        }
        String word = text.substring(i, j).toLowerCase(Locale.ROOT);
        BigDecimal scale = language(locale).scales().get(word);
        if (scale != null) {
            out.add(n.value().multiply(scale).stripTrailingZeros());
        }
        if (text.startsWith("年代", i) && n.value().scale() <= 0 && n.value().compareTo(BigDecimal.valueOf(100)) < 0
                && n.value().intValue() % 10 == 0) {
            // 80年代 is "the 1980s" (上世纪, the last century, or 本世纪, this one: the text around says which).
            out.add(n.value().add(BigDecimal.valueOf(1900)));
            out.add(n.value().add(BigDecimal.valueOf(2000)));
        }
        String after = text.substring(i, Math.min(text.length(), i + 4)).toLowerCase(Locale.ROOT);
        if ((after.startsWith("pm") || after.startsWith("p.m")) && n.value().compareTo(BigDecimal.valueOf(12)) < 0) {
            out.add(n.value().add(BigDecimal.valueOf(12)));
        }
        return out;
    }

    /**
     * True when {@code text} writes {@code value} without digits: spelled out ("five", "fünf"), or, for a month
     * number of a Chinese or Japanese source ({@code monthOfSource}), as a month name.
     */
    static boolean writtenOut(String text, BigDecimal value, ULocale locale, boolean month) {
        if (value == null || value.scale() > 0 || value.signum() < 0
                || value.compareTo(BigDecimal.valueOf(SPELLED_UP_TO)) > 0) {
            return false;
        }
        int v = value.intValue();
        Language lang = language(locale);
        for (String word : words(text)) {
            Integer n = lang.spelled().get(word);
            if (n == null && word.startsWith("non")) {
                // "nonzero", "non-zero": the number stands in the word ("!= 0", "ungleich 0" in the translation)
                n = lang.spelled().get(word.substring(word.startsWith("non-") ? 4 : 3));
            }
            if (n != null && n == v) {
                return true;
            }
            if (month) {
                Integer m = lang.months().get(word);
                if (m != null && m == v) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the number at [start, end) of a Chinese or Japanese text is a month: 1月, or 3 月 as some write it. */
    static boolean isMonth(String text, Numbers.Num n) {
        int i = n.end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '月';
    }

    /** The indefinite articles that render a count of one ("a research institute" for 1家研究机构). */
    private static final Map<String, List<String>> ONE_AS_ARTICLE = Map.of(
            "en", List.of("a", "an"), "de", List.of("ein", "eine", "einen", "einem", "einer", "eines"),
            "fr", List.of("un", "une"), "es", List.of("un", "una", "uno"), "it", List.of("un", "uno", "una"),
            "pt", List.of("um", "uma"), "nl", List.of("een"));

    /**
     * True when a Chinese or Japanese source's count of one (a 1 before its measure word: 1家, 1个) reads as the
     * target language's indefinite article, which is how such a count is translated.
     */
    static boolean oneAsArticle(String source, Numbers.Num n, String target, ULocale targetLocale) {
        if (n.value() == null || n.value().compareTo(BigDecimal.ONE) != 0 || n.end() >= source.length()
                || !isHan(source.charAt(n.end())) || source.charAt(n.end()) == '月' || source.charAt(n.end()) == '年'
                || source.charAt(n.end()) == '日') {
            return false;
        }
        List<String> articles = ONE_AS_ARTICLE.getOrDefault(targetLocale.getLanguage(), List.of());
        for (String word : words(target)) {
            if (articles.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The values of the numbers a Chinese or Japanese text writes with Han numerals (五, 二十, 两千). */
    static List<BigDecimal> hanNumbers(String text, ULocale locale) {
        List<BigDecimal> out = new ArrayList<>();
        RuleBasedNumberFormat spellout = null;
        int i = 0;
        while (i < text.length()) {
            if (HAN_DIGITS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && HAN_DIGITS.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (spellout == null) {
                spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
            }
            String run = text.substring(i, j).replace('两', '二');
            ParsePosition at = new ParsePosition(0);
            Number parsed = spellout.parse(run, at);
            if (parsed != null && at.getIndex() == run.length()) {
                out.add(new BigDecimal(parsed.toString()).stripTrailingZeros());
            }
            String digits = digitByDigit(run);
            if (digits != null) {
                // 一九九二年 is 1992, read digit by digit as years are; 九二 is '92, a year of either century.
                BigDecimal v = new BigDecimal(digits);
                out.add(v);
                if (digits.length() == 2) {
                    out.add(v.add(BigDecimal.valueOf(1900)));
                    out.add(v.add(BigDecimal.valueOf(2000)));
                }
            }
            i = j;
        }
        return out;
    }

    /** The digits of a run of two Han digits or more with no 十, 百 or 千 between them (一九九二), else null. */
    private static String digitByDigit(String run) {
        if (run.length() < 2) {
            return null;
        }
        StringBuilder b = new StringBuilder(run.length());
        for (int k = 0; k < run.length(); k++) {
            int d = "〇一二三四五六七八九".indexOf(run.charAt(k));
            if (d < 0) {
                d = run.charAt(k) == '零' ? 0 : -1;
            }
            if (d < 0) {
                return null;
            }
            b.append((char) ('0' + d));
        }
        return b.toString();
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
            out.add(text.substring(i, j).toLowerCase(Locale.ROOT).replace(".", ""));
            i = j;
        }
        return out;
    }
}
