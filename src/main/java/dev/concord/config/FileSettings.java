package dev.concord.config;

import java.nio.file.Path;

/**
 * Everything the config files say about one checked file, merged from the nearest {@code .concord.yml} up to the
 * farthest (or the first with {@code root: true}).
 *
 * @param excluded       true when {@code include}/{@code exclude} leave the file out
 * @param excludedBy     the config file that left it out, for messages; null when not excluded
 * @param language       the target language the config gives the file, or null
 * @param sourceFile     the source file it translates, from {@code pairs} (absolute), or null
 * @param sourceLanguage the language of that source (or the config's {@code sourceLanguage}), or null
 * @param missingSource  the source file {@code pairs} names when it does not exist (absolute), or null
 * @param checker        how to build its checker
 * @param failOn         error, warning, info or none; null when no config says
 * @param baseline       the baseline file for it (absolute), or null
 * @param configFiles    how many config files applied (0 when none)
 * @param htmlSkip       CSS selectors of HTML elements to leave out, from every config file that applies
 */
public record FileSettings(
        boolean excluded,
        String excludedBy,
        String language,
        Path sourceFile,
        String sourceLanguage,
        Path missingSource,
        CheckerSettings checker,
        String failOn,
        Path baseline,
        int configFiles,
        java.util.List<String> htmlSkip) {
    public FileSettings {
        htmlSkip = htmlSkip == null ? java.util.List.of() : java.util.List.copyOf(htmlSkip);
    }
}
