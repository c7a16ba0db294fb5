package dev.concord.pack;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule pack: the rule files of one folder, named after the language they check ({@code fr}, {@code fr-CA}) or, for
 * bilingual rules, after the language pair ({@code en-fr}: English source, French translation).
 *
 * @param name            the folder's name, which is also the middle part of its rules' ids
 * @param sourceLanguage  the source language of a bilingual pack ({@code en}), or null
 * @param targetLanguage  the language of the checked text: a language ({@code fr}) or a language and region
 *                        ({@code fr-CA}), for which the pack runs only on text of that region
 * @param rules           its rules, in file order
 */
public record RulePack(String name, String sourceLanguage, String targetLanguage, List<PackRule> rules) {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}|[0-9]{3}");
    private static final Set<String> ISO_LANGUAGES = Set.of(ULocale.getISOLanguages());

    public RulePack {
        rules = List.copyOf(rules);
    }

    /** True when the pack's rules compare a source text with its translation. */
    public boolean isBilingual() {
        return sourceLanguage != null;
    }

    /**
     * Reads a folder name as a pack name: a language ({@code fr}), a language and an uppercase region
     * ({@code fr-CA}), or two lowercase languages, source first ({@code en-fr}). Null when it is none of these.
     *
     * @return {sourceLanguage or null, targetLanguage}
     */
    static String[] languagesOf(String folder) {
        String[] parts = folder.split("-", -1);
        if (parts.length == 1 && isLanguage(parts[0])) {
            return new String[] {null, parts[0]};
        }
        if (parts.length == 2 && isLanguage(parts[0])) {
            if (REGION.matcher(parts[1]).matches()) {
                return new String[] {null, folder};
            }
            if (isLanguage(parts[1]) && !parts[0].equals(parts[1])) {
                return new String[] {parts[0], parts[1]};
            }
        }
        return null;
    }

    private static boolean isLanguage(String code) {
        return LANGUAGE.matcher(code).matches() && ISO_LANGUAGES.contains(code);
    }
}
