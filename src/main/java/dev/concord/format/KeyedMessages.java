package dev.concord.format;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Unit;
import dev.concord.text.OffsetMap;
import dev.concord.text.SourceText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The messages of one key-value file (JSON, .properties) by key, and the pairing of a target file with its source
 * file by key. A key the source has and the target lacks becomes an empty unit marked
 * {@value #PAIRING}={@value #MISSING}; a key only the target has is a unit without source marked {@value #EXTRA}.
 * Plural forms written as key suffixes ({@code items_one}, {@code items_other}, as i18next does) follow the target
 * language's plural categories: Japanese needs no {@code _one}, Russian needs {@code _few} and {@code _many}.
 */
final class KeyedMessages {
    /** The unit property that says how a key paired: {@value #MISSING} or {@value #EXTRA}. */
    static final String PAIRING = "pairing";
    static final String MISSING = "missing-in-target";
    static final String EXTRA = "missing-in-source";
    /** The unit property naming the plural category a missing plural key is for. */
    static final String PLURAL_CATEGORY = "pluralCategory";
    private static final List<String> PLURAL_SUFFIXES = List.of("zero", "one", "two", "few", "many", "other");

    /** One message: its text mapped to the file, and a note (a comment, a description). */
    record Message(String text, OffsetMap map, String note) {
    }

    final SourceText file;
    final Map<String, Message> messages = new LinkedHashMap<>();
    /** Where a missing key is shown in this file: the end of its content. */
    int endOffset;
    /** A locale the file's content names (ARB's @@locale), or null. */
    String declaredLocale;

    KeyedMessages(SourceText file) {
        this.file = file;
        String c = file.content();
        int end = c.length();
        while (end > 0 && Character.isWhitespace(c.charAt(end - 1))) {
            end--;
        }
        this.endOffset = Math.max(0, end - 1);
    }

    /** Reads messages from a file in a format. */
    interface Reader {
        KeyedMessages read(InputFile file) throws IOException;
    }

    /**
     * The document for a target message file: paired by key with the source file the options name, else with the
     * sibling that {@link MessageFiles#sourceFor} finds, else monolingual.
     */
    static Document document(InputFile file, ReadOptions options, String format, Reader reader) throws IOException {
        KeyedMessages target = reader.read(file);
        String targetLocale = target.declaredLocale != null ? target.declaredLocale : options.targetLocale();
        if (file.path() != null && MessageFiles.localeOf(file.path()) != null) {
            targetLocale = MessageFiles.localeOf(file.path());
        }
        Path sourcePath = options.sourceFile();
        if (sourcePath == null && file.path() != null) {
            sourcePath = MessageFiles.sourceFor(file.path(), options.sourceLocale());
        }
        if (sourcePath == null) {
            List<Unit> units = new ArrayList<>();
            for (Map.Entry<String, Message> e : target.messages.entrySet()) {
                units.add(unit(e.getKey(), e.getValue(), null, null).build());
            }
            return new Document(target.file, null, format, targetLocale, options.sourceLocale(), units);
        }
        if (!java.nio.file.Files.isReadable(sourcePath)) {
            throw new InputException(sourcePath.toString(), 0, 0, "cannot read this source file");
        }
        KeyedMessages source = reader.read(InputFile.of(sourcePath, sourcePath.toString()));
        String sourceLocale = options.sourceLocale();
        if (sourceLocale == null) {
            sourceLocale = source.declaredLocale != null ? source.declaredLocale : MessageFiles.localeOf(sourcePath);
        }
        if (sourceLocale == null) {
            sourceLocale = MessageFiles.DEFAULT_SOURCE;
        }
        return new Document(target.file, source.file, format, targetLocale, sourceLocale,
                pair(target, source, targetLocale, sourceLocale));
    }

    private static List<Unit> pair(KeyedMessages target, KeyedMessages source, String targetLocale,
            String sourceLocale) {
        // A variant of the source language (en-GB beside en) falls back to the source for what it lacks: a key it
        // does not have is not untranslated.
        boolean variant = targetLocale != null && sourceLocale != null
                && new ULocale(targetLocale).getLanguage().equals(new ULocale(sourceLocale).getLanguage());
        Set<String> needed = targetLocale == null ? Set.of()
                : new LinkedHashSet<>(PluralRules.forLocale(new ULocale(targetLocale)).getKeywords());
        List<Unit> units = new ArrayList<>();
        for (Map.Entry<String, Message> e : target.messages.entrySet()) {
            String key = e.getKey();
            Message src = source.messages.get(key);
            if (src == null) {
                src = pluralSource(key, source, needed);
            }
            Unit.Builder b = unit(key, e.getValue(), src, null);
            if (src == null) {
                b.property(PAIRING, EXTRA);
            }
            units.add(b.build());
        }
        Set<String> bases = new LinkedHashSet<>();
        for (Map.Entry<String, Message> e : source.messages.entrySet()) {
            String key = e.getKey();
            String category = pluralCategory(key);
            if (category != null && !needed.isEmpty()) {
                bases.add(key.substring(0, key.length() - category.length() - 1));
                continue; // plural forms are matched to the target's categories below
            }
            if (!target.messages.containsKey(key) && !variant) {
                units.add(missing(key, e.getValue(), target));
            }
        }
        if (variant) {
            return units;
        }
        for (String base : bases) {
            for (String category : needed) {
                String key = base + "_" + category;
                if (!target.messages.containsKey(key)) {
                    Message src = source.messages.get(key);
                    if (src == null) {
                        src = source.messages.get(base + "_other");
                    }
                    if (src != null) {
                        Message empty = new Message("", OffsetMap.contiguous(target.endOffset, 0), null);
                        units.add(unit(key, empty, src, null).property(PAIRING, MISSING)
                                .property(PLURAL_CATEGORY, category).build());
                    }
                }
            }
        }
        return units;
    }

    private static Unit missing(String key, Message source, KeyedMessages target) {
        Message empty = new Message("", OffsetMap.contiguous(target.endOffset, 0), null);
        return unit(key, empty, source, null).property(PAIRING, MISSING).build();
    }

    /** For a plural key the source lacks (items_few), the source's items_other when the target needs that form. */
    private static Message pluralSource(String key, KeyedMessages source, Set<String> needed) {
        String category = pluralCategory(key);
        if (category == null || !needed.contains(category)) {
            return null;
        }
        String base = key.substring(0, key.length() - category.length() - 1);
        return source.messages.get(base + "_other");
    }

    private static String pluralCategory(String key) {
        int us = key.lastIndexOf('_');
        if (us <= 0) {
            return null;
        }
        String suffix = key.substring(us + 1);
        return PLURAL_SUFFIXES.contains(suffix) ? suffix : null;
    }

    private static Unit.Builder unit(String key, Message target, Message source, String unused) {
        Unit.Builder b = Unit.builder(key, target.text()).stableId(true).textMap(target.map()).context(key);
        String note = target.note() != null ? target.note() : source != null ? source.note() : null;
        b.note(note);
        if (source != null) {
            b.source(source.text(), source.map());
        }
        return b;
    }
}
