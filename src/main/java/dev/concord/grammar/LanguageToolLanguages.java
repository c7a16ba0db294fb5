package dev.concord.grammar;

import com.ibm.icu.util.ULocale;
import java.util.List;
import org.languagetool.Language;
import org.languagetool.Languages;

/** Finds the LanguageTool language for a locale among the language modules on the classpath. */
public final class LanguageToolLanguages {
    private LanguageToolLanguages() {
    }

    /**
     * The LanguageTool language for {@code locale}: the exact variant when LanguageTool has it ({@code de-CH}),
     * else the language ({@code fr} for {@code fr-FR}), and for a language that needs a variant to check spelling
     * ({@code en}, {@code de}, {@code pt}) its default variant. Null when no module on the classpath has it.
     */
    public static Language find(ULocale locale) {
        String language = locale.getLanguage();
        String country = locale.getCountry();
        Language found = null;
        if (!country.isEmpty() && Languages.isLanguageSupported(language + "-" + country)) {
            found = Languages.getLanguageForShortCode(language + "-" + country);
        } else if (Languages.isLanguageSupported(language)) {
            found = Languages.getLanguageForShortCode(language);
        }
        // A language without a country (en, de, pt) checks no spelling: take its default variant (en-US...).
        if (found != null && found.getDefaultLanguageVariant() != null
                && found.getShortCodeWithCountryAndVariant().indexOf('-') < 0) {
            found = found.getDefaultLanguageVariant();
        }
        return found;
    }

    /** The codes of every language module on the classpath, such as {@code fr}, {@code en-US}, {@code de-CH}. */
    public static List<String> available() {
        return Languages.get().stream().map(Language::getShortCodeWithCountryAndVariant).sorted().toList();
    }
}
