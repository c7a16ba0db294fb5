package dev.concord.report;

import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.Unit;
import dev.concord.text.SourceText;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What happened to one checked file: its path as given, the language it was checked in, how many units it held,
 * and the input error that kept it from being checked (null when it was checked).
 *
 * @param text      the file's text, for showing the lines that issues point at; null when it could not be read
 * @param unitTexts the source and target texts of the units that issues point at, by unit id, for reports that
 *                  show whole units (HTML); empty when the file was read in parts or no unit was kept
 */
public record FileResult(String path, String language, int units, String error, SourceText text,
        Map<String, UnitText> unitTexts) {

    /** A unit's texts as checked: the target, and the source it translates (null for monolingual input). */
    public record UnitText(String source, String target) {
    }

    public FileResult {
        unitTexts = unitTexts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(unitTexts));
    }

    /** A result without unit texts. */
    public FileResult(String path, String language, int units, String error, SourceText text) {
        this(path, language, units, error, text, Map.of());
    }

    public static FileResult checked(String path, String language, int units, SourceText text) {
        return new FileResult(path, language, units, null, text, Map.of());
    }

    /**
     * A checked document, keeping the texts of only the units in {@code shown} (see {@link #unitsPointedAt}): the
     * strings are the document's own, so this costs a map entry per flagged unit, not a copy of the file.
     */
    public static FileResult checked(Document doc, Set<String> shown) {
        Map<String, UnitText> texts = new LinkedHashMap<>();
        if (!shown.isEmpty()) {
            for (Unit u : doc.units()) {
                if (shown.contains(u.id())) {
                    texts.put(u.id(), new UnitText(u.source(), u.text()));
                }
            }
        }
        return new FileResult(doc.name(), doc.targetLocale(), doc.units().size(), null, doc.target(), texts);
    }

    public static FileResult failed(String path, String error) {
        return new FileResult(path, null, 0, error, null, Map.of());
    }

    /**
     * The units that {@code issues} point at, by file: each issue's own unit and those of its related places, which
     * are the units a report that shows whole units needs.
     */
    public static Map<String, Set<String>> unitsPointedAt(Collection<Issue> issues) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Issue i : issues) {
            out.computeIfAbsent(i.file(), k -> new LinkedHashSet<>()).add(i.span().unitId());
            for (Issue.Related r : i.related()) {
                out.computeIfAbsent(r.file(), k -> new LinkedHashSet<>()).add(r.span().unitId());
            }
        }
        return out;
    }
}
