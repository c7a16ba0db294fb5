package dev.concord.names;

import com.ibm.icu.text.Normalizer2;
import dev.concord.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Standard spellings of frequently written names per language (Tokayev / Tokaïev / Tokajew / Tokáyev / Токаев).
 * The bundled table is {@code rules/names/names.tsv}; give a checker another one with
 * {@code Checker.builder().component(NameTable.class, NameTable.load(path))}. Immutable and thread-safe.
 */
public final class NameTable {
    private static final String BUNDLED = "/concord-rules/names/names.tsv";
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static volatile NameTable bundled;

    /** What a name names; given names are only suggested, never reported as foreign spellings. */
    public enum Kind {
        PERSON, GIVEN, PLACE
    }

    /**
     * One person or place: its spellings per language (BCP 47 language code, preferred spelling first).
     *
     * @param noForeign true when a foreign spelling of this name must not be reported (it also names other things)
     */
    public record Entry(int id, Kind kind, Map<String, List<String>> spellings, boolean noForeign, String note) {
        public Entry {
            spellings = Map.copyOf(spellings);
        }

        /** The preferred spelling in a language, or null when the table has none. */
        public String standard(String language) {
            List<String> s = spellings.get(language);
            return s == null || s.isEmpty() ? null : s.get(0);
        }

        /** True when the language's press writes the name this way. */
        public boolean accepts(String language, String spelling) {
            List<String> s = spellings.get(language);
            return s != null && s.contains(NFC.normalize(spelling));
        }

        /** The languages whose standard spellings include {@code spelling}, in the table's column order. */
        public List<String> languagesWriting(String spelling, List<String> order) {
            String s = NFC.normalize(spelling);
            List<String> out = new ArrayList<>();
            for (String language : order) {
                List<String> l = spellings.get(language);
                if (l != null && l.contains(s)) {
                    out.add(language);
                }
            }
            return out;
        }
    }

    private final String name;
    private final List<String> languages;
    private final List<Entry> entries;
    private final Map<String, List<Entry>> bySpelling;
    private final Map<String, List<Entry>> byKey;

    private NameTable(String name, List<String> languages, List<Entry> entries) {
        this(name, languages, entries, null);
    }

    /**
     * A table of {@code entries}; with {@code base}, the first entries are {@code base}'s own, whose spellings and
     * keys are taken from it rather than computed again (the skeleton keys of every spelling cost most of a start).
     */
    private NameTable(String name, List<String> languages, List<Entry> entries, NameTable base) {
        this.name = name;
        this.languages = List.copyOf(languages);
        this.entries = List.copyOf(entries);
        Map<String, List<Entry>> spelling = new HashMap<>();
        Map<String, List<Entry>> key = new HashMap<>();
        int from = 0;
        if (base != null) {
            base.bySpelling.forEach((k, v) -> spelling.put(k, new ArrayList<>(v)));
            base.byKey.forEach((k, v) -> key.put(k, new ArrayList<>(v)));
            from = base.entries.size();
        }
        for (Entry e : entries.subList(from, entries.size())) {
            Set<String> spellings = new LinkedHashSet<>();
            e.spellings().values().forEach(spellings::addAll);
            Set<String> keys = new LinkedHashSet<>();
            for (String s : spellings) {
                addUnique(spelling, s, e);
                if (!e.note().startsWith(CLDR_NOTE)) {
                    // CLDR's countries are found by their spellings only: near spellings of them are often other
                    // things ("Columbia" University, not Colombia), unlike the table's people written several ways
                    keys.addAll(NameSkeleton.keys(s, NameSkeleton.ALL));
                }
            }
            for (String k : keys) {
                addUnique(key, k, e);
            }
        }
        this.bySpelling = freeze(spelling);
        this.byKey = freeze(key);
    }

    private static void addUnique(Map<String, List<Entry>> map, String k, Entry e) {
        List<Entry> l = map.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!l.contains(e)) {
            l.add(e);
        }
    }

    private static Map<String, List<Entry>> freeze(Map<String, List<Entry>> m) {
        Map<String, List<Entry>> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** The table that ships in Concord's jar ({@code rules/names/names.tsv}). */
    public static NameTable bundled() {
        NameTable t = bundled;
        if (t == null) {
            synchronized (NameTable.class) {
                t = bundled;
                if (t == null) {
                    try (InputStream in = NameTable.class.getResourceAsStream(BUNDLED)) {
                        if (in == null) {
                            throw new IllegalStateException("the name table " + BUNDLED + " is missing from the jar");
                        }
                        t = withCountryNames(parse(BUNDLED, new InputStreamReader(in, StandardCharsets.UTF_8)));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the bundled name table: " + e.getMessage(), e);
                    }
                    bundled = t;
                }
            }
        }
        return t;
    }

    /** The note of the entries {@link #withCountryNames} adds, which tells them from the table's own. */
    private static final String CLDR_NOTE = "CLDR region ";

    /**
     * Countries whose one-word names are also words or names of other things, which a text may write in any language:
     * Georgia (a US state), Jordan and Chad (given names), Jersey (a garment, New Jersey).
     */
    private static final Set<String> AMBIGUOUS_COUNTRIES = Set.of("GE", "JO", "TD", "JE");

    /**
     * The table with the country names of CLDR (through ICU) added as places, for every country the table does not
     * list already: each language's standard name, where it is one word ("Türkei", "Turquie", "Türkiye"). CLDR is the
     * locale data that every platform's region names come from, so these spellings are the languages' own.
     */
    static NameTable withCountryNames(NameTable table) {
        List<Entry> entries = new ArrayList<>(table.entries());
        for (String region : com.ibm.icu.util.ULocale.getISOCountries()) {
            if (AMBIGUOUS_COUNTRIES.contains(region)) {
                continue;
            }
            com.ibm.icu.util.ULocale place = new com.ibm.icu.util.ULocale("und_" + region);
            Map<String, List<String>> spellings = new LinkedHashMap<>();
            boolean listed = false;
            for (String language : table.languages()) {
                String name = NFC.normalize(place.getDisplayCountry(new com.ibm.icu.util.ULocale(language)));
                if (name.isEmpty() || name.equals(region) || !name.codePoints().allMatch(Character::isLetter)) {
                    break; // no name in this language, or several words ("Vereinigte Staaten", "Myanmar (Burma)")
                }
                listed |= !table.lookup(name).isEmpty();
                spellings.put(language, List.of(name));
            }
            if (!listed && spellings.size() == table.languages().size()) {
                entries.add(new Entry(entries.size(), Kind.PLACE, spellings, false, CLDR_NOTE + region));
            }
        }
        return new NameTable(table.name(), table.languages(), entries, table);
    }

    /** Reads a table in the bundled table's format (see {@code rules/names/names.tsv}). */
    public static NameTable load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), r);
        }
    }

    /**
     * Reads a table: comment lines start with {@code #}; the first other line names the columns ({@code kind},
     * language codes, {@code flags}, {@code note}); each further line is one name.
     *
     * @throws InputException naming the line of the first malformed row
     */
    public static NameTable parse(String name, Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<String> header = null;
        List<Entry> entries = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (header == null) {
                header = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
                if (!header.contains("kind")) {
                    throw new InputException(name, lineNumber, 1, "the header row must name a 'kind' column");
                }
                for (String h : header) {
                    if (!h.equals("kind") && !h.equals("flags") && !h.equals("note")) {
                        languages.add(h);
                    }
                }
                continue;
            }
            entries.add(entry(name, lineNumber, entries.size(), header, cells));
        }
        if (header == null) {
            throw new InputException(name, lineNumber, 0, "no header row: expected kind, language columns, flags, note");
        }
        return new NameTable(name, languages, entries);
    }

    private static Entry entry(String file, int lineNumber, int id, List<String> header, List<String> cells)
            throws InputException {
        if (cells.size() > header.size()) {
            throw new InputException(file, lineNumber, 0,
                    cells.size() + " cells but the header names " + header.size() + " columns");
        }
        Kind kind = null;
        boolean noForeign = false;
        String note = "";
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).trim();
            String column = header.get(i);
            switch (column) {
                case "kind" -> {
                    try {
                        kind = Kind.valueOf(cell.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new InputException(file, lineNumber, 1,
                                "unknown kind '" + cell + "' (expected person, given or place)");
                    }
                }
                case "flags" -> {
                    for (String flag : cell.split("[ ,]+")) {
                        if (flag.equals("no-foreign")) {
                            noForeign = true;
                        } else if (!flag.isEmpty()) {
                            throw new InputException(file, lineNumber, 0, "unknown flag '" + flag + "'");
                        }
                    }
                }
                case "note" -> note = cell;
                default -> {
                    if (!cell.isEmpty()) {
                        List<String> alternatives = new ArrayList<>();
                        for (String s : cell.split("\\|")) {
                            String t = NFC.normalize(s.trim());
                            if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
                                throw new InputException(file, lineNumber, 0, "column " + column
                                        + ": '" + s + "' is not one name word (use the distinctive word of a name)");
                            }
                            alternatives.add(t);
                        }
                        spellings.put(column, List.copyOf(alternatives));
                    }
                }
            }
        }
        if (kind == null) {
            throw new InputException(file, lineNumber, 1, "no kind (person, given or place)");
        }
        if (spellings.isEmpty()) {
            throw new InputException(file, lineNumber, 0, "no spelling in any language");
        }
        return new Entry(id, kind, spellings, noForeign, note);
    }

    /** Where the table was read from. */
    public String name() {
        return name;
    }

    /** The language codes of the table's columns, in order. */
    public List<String> languages() {
        return languages;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entries that list this exact spelling in some language. */
    public List<Entry> lookup(String spelling) {
        return bySpelling.getOrDefault(NFC.normalize(spelling), List.of());
    }

    /**
     * The one entry a spelling belongs to: the entry listing it, else the entry whose spellings share a
     * transliteration skeleton with it; null when none or several do.
     */
    Entry entryFor(String spelling, Set<String> keys) {
        List<Entry> exact = lookup(NameSkeleton.core(spelling));
        if (exact.isEmpty()) {
            exact = lookup(spelling);
        }
        if (exact.size() == 1) {
            return exact.get(0);
        }
        if (!exact.isEmpty()) {
            return null;
        }
        Entry found = null;
        for (String k : keys) {
            for (Entry e : byKey.getOrDefault(k, List.of())) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }
}
