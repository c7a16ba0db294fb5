package dev.concord.format;

import java.nio.file.Path;

/**
 * How to read a file: its format when the name does not say (null: guess), the languages to assume when the file
 * does not say them (null: none), and a source file to pair a monolingual target with (null: none).
 */
public record ReadOptions(String format, String targetLocale, String sourceLocale, Path sourceFile) {
    public static ReadOptions defaults() {
        return new ReadOptions(null, null, null, null);
    }

    public ReadOptions withFormat(String f) {
        return new ReadOptions(f, targetLocale, sourceLocale, sourceFile);
    }

    public ReadOptions withTargetLocale(String locale) {
        return new ReadOptions(format, locale, sourceLocale, sourceFile);
    }

    public ReadOptions withSourceLocale(String locale) {
        return new ReadOptions(format, targetLocale, locale, sourceFile);
    }

    public ReadOptions withSourceFile(Path file) {
        return new ReadOptions(format, targetLocale, sourceLocale, file);
    }
}
