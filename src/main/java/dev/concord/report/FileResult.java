package dev.concord.report;

import dev.concord.text.SourceText;

/**
 * What happened to one checked file: its path as given, the language it was checked in, how many units it held,
 * and the input error that kept it from being checked (null when it was checked).
 *
 * @param text the file's text, for showing the lines that issues point at; null when it could not be read
 */
public record FileResult(String path, String language, int units, String error, SourceText text) {
    public static FileResult checked(String path, String language, int units, SourceText text) {
        return new FileResult(path, language, units, null, text);
    }

    public static FileResult failed(String path, String error) {
        return new FileResult(path, null, 0, error, null);
    }
}
