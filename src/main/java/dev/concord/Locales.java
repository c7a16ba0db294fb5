package dev.concord;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Reads and checks the language codes users give (BCP 47, also with '_' as in fr_FR). */
public final class Locales {
    private static final Set<String> ISO_LANGUAGES = new HashSet<>(Arrays.asList(ULocale.getISOLanguages()));

    private Locales() {
    }

    /**
     * The locale for a language code such as {@code fr}, {@code fr-CA} or {@code pt_BR}.
     *
     * @throws IllegalArgumentException when the code is not well-formed or its language is not an ISO 639 language
     */
    public static ULocale parse(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("empty language code");
        }
        String tag = code.trim().replace('_', '-');
        ULocale locale;
        try {
            locale = new ULocale.Builder().setLanguageTag(tag).build();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + code + "' is not a language code (expected BCP 47, such as fr or fr-CA)");
        }
        String language = locale.getLanguage().toLowerCase(Locale.ROOT);
        if (language.isEmpty() || !ISO_LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("unknown language code '" + code + "' (expected BCP 47, such as fr or fr-CA)");
        }
        return locale;
    }

    /** The BCP 47 form of a code: {@code pt_BR} becomes {@code pt-BR}. */
    public static String normalize(String code) {
        return parse(code).toLanguageTag();
    }
}
