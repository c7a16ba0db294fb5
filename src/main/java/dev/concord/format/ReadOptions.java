package dev.concord.format;

import java.nio.file.Path;
import java.util.List;

/**
 * How to read a file: its format when the name does not say (null: guess), the languages to assume when the file
 * does not say them (null: none), a source file to pair a monolingual target with (null: none), and the CSS
 * selectors of HTML elements to leave out (beyond those marked not to translate).
 */
public record ReadOptions(String format, String targetLocale, String sourceLocale, Path sourceFile,
        List<String> htmlSkip) {
    public ReadOptions {
        htmlSkip = htmlSkip == null ? List.of() : List.copyOf(htmlSkip);
    }

    public ReadOptions(String format, String targetLocale, String sourceLocale, Path sourceFile) {
        this(format, targetLocale, sourceLocale, sourceFile, List.of());
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, null, null, null);
    }

    public ReadOptions withFormat(String f) {
        return new ReadOptions(f, targetLocale, sourceLocale, sourceFile, htmlSkip);
    }

    public ReadOptions withTargetLocale(String locale) {
        return new ReadOptions(format, locale, sourceLocale, sourceFile, htmlSkip);
    }

    public ReadOptions withSourceLocale(String locale) {
        return new ReadOptions(format, targetLocale, locale, sourceFile, htmlSkip);
    }

    public ReadOptions withSourceFile(Path file) {
        return new ReadOptions(format, targetLocale, sourceLocale, file, htmlSkip);
    }

    /** These options, leaving out the HTML elements that match one of {@code selectors} (CSS selectors). */
    public ReadOptions withHtmlSkip(List<String> selectors) {
        return new ReadOptions(format, targetLocale, sourceLocale, sourceFile, selectors);
    }
}
