package dev.concord;

import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import dev.concord.text.SourceText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What is checked: the units of one target file (or text), in order, with the file's text for positions and, for a
 * bilingual document, the source file they translate. Immutable; build one with {@link #parse(Path)},
 * {@link #ofText}, {@link #ofMarkdown}, {@link #ofHtml} or the readers of {@code dev.concord.format}.
 */
public final class Document {
    private final SourceText target;
    private final SourceText source;
    private final String format;
    private final String targetLocale;
    private final String sourceLocale;
    private final List<Unit> units;

    public Document(SourceText target, SourceText source, String format, String targetLocale, String sourceLocale,
            List<Unit> units) {
        this.target = Objects.requireNonNull(target, "target");
        this.source = source;
        this.format = Objects.requireNonNull(format, "format");
        this.targetLocale = targetLocale;
        this.sourceLocale = sourceLocale;
        this.units = List.copyOf(units);
    }

    /** Reads a file in the format its name and content say (text, Markdown, ...), strictly as UTF-8. */
    public static Document parse(Path path) throws IOException {
        return Formats.read(path, ReadOptions.defaults());
    }

    /** Reads a file with options (languages, format, paired source file). */
    public static Document parse(Path path, ReadOptions options) throws IOException {
        return Formats.read(path, options);
    }

    /** Reads {@code content} as the file at {@code path} would be read (an editor's unsaved buffer). */
    public static Document parse(Path path, String content, ReadOptions options) throws IOException {
        return Formats.read(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8), options);
    }

    /** Plain text given in code: units are paragraphs separated by blank lines. */
    public static Document ofText(String name, String text) {
        return Formats.text(name, null, text);
    }

    /** Markdown given in code: units are paragraphs, headings, list items and table cells. */
    public static Document ofMarkdown(String name, String text) {
        return Formats.markdown(name, null, text);
    }

    /** An HTML page or fragment given in code (a CMS field's content), in {@code language} or the page's own. */
    public static Document ofHtml(String name, String html, String language) {
        return Formats.html(name, null, html, language);
    }

    /** The name reports use for this document: the target file's path as given, or a label. */
    public String name() {
        return target.name();
    }

    /** The target file's text. */
    public SourceText target() {
        return target;
    }

    /** The source file's text for a bilingual document; the same as {@link #target()} when one file holds both. */
    public SourceText source() {
        return source;
    }

    public boolean isBilingual() {
        return source != null;
    }

    /** Format name: text, markdown, xliff... */
    public String format() {
        return format;
    }

    /**
     * True for message catalogs (PO, XLIFF, TMX, JSON, properties): their units are independent texts, so that rules
     * reading context across sentences see one unit at a time. False for prose (text, Markdown, HTML), whose
     * paragraphs are read in the document's context.
     */
    public boolean unitsAreIndependent() {
        return !(format.equals("text") || format.equals("markdown") || format.equals("html"));
    }

    /** BCP 47 language of the target text as the document says it, or null when the document does not say. */
    public String targetLocale() {
        return targetLocale;
    }

    /** BCP 47 language of the source text, or null. */
    public String sourceLocale() {
        return sourceLocale;
    }

    public List<Unit> units() {
        return units;
    }

    /** The unit with this id, or null. */
    public Unit unit(String id) {
        for (Unit u : units) {
            if (u.id().equals(id)) {
                return u;
            }
        }
        return null;
    }

    /** A copy whose target language is {@code locale} (BCP 47). */
    public Document withTargetLocale(String locale) {
        return new Document(target, source, format, locale, sourceLocale, units);
    }

    /** A copy whose source language is {@code locale} (BCP 47). */
    public Document withSourceLocale(String locale) {
        return new Document(target, source, format, targetLocale, locale, units);
    }

    /** A copy with other units (same files, format and languages). */
    public Document withUnits(List<Unit> newUnits) {
        return new Document(target, source, format, targetLocale, sourceLocale, newUnits);
    }

    /**
     * Pairs this monolingual document with the document it translates, unit N with unit N.
     *
     * @throws InputException when the two hold different numbers of units
     */
    public Document pairedWith(Document sourceDocument) throws InputException {
        if (sourceDocument.units.size() != units.size()) {
            throw structureDiffers(sourceDocument);
        }
        List<Unit> paired = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Unit s = sourceDocument.units.get(i);
            Unit unit = units.get(i).withSource(s.text(), s.textMap(), s.protectedRanges());
            // The source file's inline codes (an HTML page's links and emphasis) become the unit's source codes.
            paired.add(s.codes().isEmpty() ? unit : unit.toBuilder().sourceCodes(s.codes()).build());
        }
        return new Document(target, sourceDocument.target, format, targetLocale,
                sourceLocale != null ? sourceLocale : sourceDocument.targetLocale, paired);
    }

    /**
     * The error for a pair whose blocks do not line up: where the first block differs in kind (an HTML page's
     * {@code li} against the source's {@code p}), else the counts. Pairing is not guessed.
     */
    private InputException structureDiffers(Document sourceDocument) {
        String counts = "has " + units.size() + " paragraphs but its source " + sourceDocument.name() + " has "
                + sourceDocument.units.size() + ": a bilingual pair needs paragraph N of one to translate paragraph N "
                + "of the other";
        int n = Math.min(units.size(), sourceDocument.units.size());
        for (int i = 0; i <= n; i++) {
            Unit t = i < units.size() ? units.get(i) : null;
            Unit s = i < sourceDocument.units.size() ? sourceDocument.units.get(i) : null;
            String te = t == null ? null : t.properties().get("element");
            String se = s == null ? null : s.properties().get("element");
            if ((te == null && se == null) || java.util.Objects.equals(te, se)) {
                continue;
            }
            int line = t == null ? target.lines().lineCount() : target.lines().line(t.textMap().toFileStart(0));
            int sourceLine = s == null ? sourceDocument.target.lines().lineCount()
                    : sourceDocument.target.lines().line(s.textMap().toFileStart(0));
            return new InputException(name(), line, 1, counts + "; block " + (i + 1) + " is "
                    + (te == null ? "missing" : "<" + te + ">") + " here and "
                    + (se == null ? "missing" : "<" + se + ">") + " at line " + sourceLine + " of the source");
        }
        return new InputException(name(), 0, 0, counts);
    }

    @Override
    public String toString() {
        return "Document[" + name() + ", " + format + ", " + units.size() + " units]";
    }
}
