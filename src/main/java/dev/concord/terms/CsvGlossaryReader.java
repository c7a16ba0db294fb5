package dev.concord.terms;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.concord.InputException;
import dev.concord.Locales;
import dev.concord.format.JsonLimits;
import dev.concord.format.TextDecoding;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CSV and TSV glossaries. The first row names the columns: language codes ({@code en}, {@code fr-CA}) for terms,
 * and optionally {@code status}, {@code note}, {@code case}, {@code pos}, {@code definition}, {@code subject},
 * {@code diacritics} and {@code entry} (or {@code concept}). A cell may hold several terms separated by {@code |}.
 *
 * <p>Rows with the same {@code entry} value form one entry; without that column, rows with the same term in the first
 * language column do (a source term listed with its preferred and its deprecated translations), and then a row's
 * {@code status} applies to its terms in the other language columns. Commas, semicolons or tabs separate values (the
 * header row tells which); quoting follows RFC 4180 in CSV files; lines starting with {@code #} are comments.
 */
final class CsvGlossaryReader {
    private static final String SYNONYM_SEPARATOR = "|";

    /** What a header cell names. */
    private enum Column { LANGUAGE, STATUS, NOTE, CASE, POS, DEFINITION, SUBJECT, DIACRITICS, ENTRY }

    private final String name;
    private final String[] lines;
    private final List<Column> kinds = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    private int firstLanguageColumn = -1;
    private int entryColumn = -1;
    private int languageColumns;

    private CsvGlossaryReader(String name, String text) {
        this.name = name;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    static List<TermEntry> read(Path path, String name) throws IOException {
        String text = TextDecoding.decode(Files.readAllBytes(path), name);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        char separator = lower.endsWith(".tsv") || lower.endsWith(".tab") ? '\t' : guessSeparator(text);
        return new CsvGlossaryReader(name, text).parse(text, separator);
    }

    /** The separator the header row uses most: comma, semicolon or tab. */
    static char guessSeparator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (tabs >= commas && tabs >= semicolons && tabs > 0) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private List<TermEntry> parse(String text, char separator) throws InputException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withComments();
        if (separator == '\t') {
            // TSV glossaries rarely quote, and their terms may hold quotation marks.
            schema = schema.withoutQuoteChar();
        }
        CsvMapper mapper = new CsvMapper(CsvFactory.builder().streamReadConstraints(JsonLimits.constraints()).build());
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<EntryDraft> drafts = new ArrayList<>();
        Map<String, EntryDraft> byKey = new HashMap<>();
        try (CsvParser parser = (CsvParser) mapper.getFactory().createParser(new StringReader(text))) {
            parser.setSchema(schema);
            readRows(parser, drafts, byKey);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new InputException(name, Math.max(0, line), Math.max(0, column),
                    "malformed CSV: " + e.getOriginalMessage(), e);
        } catch (InputException e) {
            throw e;
        } catch (IOException e) {
            throw new InputException(name, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        return entries(drafts);
    }

    private void readRows(CsvParser parser, List<EntryDraft> drafts, Map<String, EntryDraft> byKey)
            throws IOException {
        try {
            boolean header = true;
            // The parser wraps the whole file in one array, each row in an array of its own.
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InputException(name, 0, 0, "empty glossary: expected a header row naming languages "
                        + "(such as en,fr,status,note)");
            }
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                int line = parser.currentLocation().getLineNr();
                List<String> cells = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    cells.add(parser.getValueAsString(""));
                }
                if (header) {
                    header(cells, line);
                    header = false;
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                row(cells, line, drafts, byKey);
            }
            if (header) {
                throw new InputException(name, 0, 0, "empty glossary: expected a header row naming languages "
                        + "(such as en,fr,status,note)");
            }
        } catch (StreamConstraintsException e) {
            // Jackson gives no location for its limits: the parser is where it stopped.
            JsonLocation at = parser.currentLocation();
            throw new InputException(name, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
                    JsonLimits.message(e), e);
        }
    }

    private List<TermEntry> entries(List<EntryDraft> drafts) throws InputException {
        List<TermEntry> out = new ArrayList<>();
        for (EntryDraft d : drafts) {
            if (!d.terms.isEmpty()) {
                out.add(new TermEntry(d.id, d.origin, new ArrayList<>(d.terms.values()), d.definitions, d.notes,
                        d.subject));
            }
        }
        if (out.isEmpty()) {
            throw new InputException(name, 0, 0, "holds no terms: the rows under the header are empty");
        }
        return out;
    }

    private void header(List<String> cells, int line) throws InputException {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).strip();
            String key = cell.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "");
            Column kind = switch (key) {
                case "status", "termstatus", "administrativestatus" -> Column.STATUS;
                case "note", "notes", "comment", "comments" -> Column.NOTE;
                case "case", "casesensitive", "casesensitivity", "matchcase" -> Column.CASE;
                case "pos", "partofspeech" -> Column.POS;
                case "definition", "definitions" -> Column.DEFINITION;
                case "subject", "subjectfield", "domain" -> Column.SUBJECT;
                case "diacritics", "accents" -> Column.DIACRITICS;
                case "entry", "entryid", "concept", "conceptid" -> Column.ENTRY;
                default -> Column.LANGUAGE;
            };
            String language = null;
            if (kind == Column.LANGUAGE) {
                try {
                    language = Locales.normalize(cell);
                } catch (IllegalArgumentException e) {
                    throw new InputException(name, line, column(line, cell), "column '" + cell + "' is neither a "
                            + "language code (en, fr-CA) nor one of status, note, case, pos, definition, subject, "
                            + "diacritics, entry");
                }
                if (firstLanguageColumn < 0) {
                    firstLanguageColumn = i;
                }
                languageColumns++;
            } else if (kind == Column.ENTRY) {
                entryColumn = i;
            }
            kinds.add(kind);
            languages.add(language);
        }
        if (languageColumns == 0) {
            throw new InputException(name, line, 1, "the header row names no language: its columns must include "
                    + "language codes such as en and fr");
        }
    }

    private void row(List<String> cells, int line, List<EntryDraft> drafts, Map<String, EntryDraft> byKey)
            throws InputException {
        if (cells.size() > kinds.size()) {
            throw new InputException(name, line, 1, "the row has " + cells.size() + " values but the header names "
                    + kinds.size() + " columns");
        }
        boolean groupedByFirst = entryColumn < 0 && languageColumns >= 2;
        TermStatus status = TermStatus.UNSPECIFIED;
        Boolean caseSensitive = null;
        boolean ignoreDiacritics = false;
        String note = null;
        String pos = null;
        String definition = null;
        String subject = null;
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i).strip();
            if (v.isEmpty()) {
                continue;
            }
            switch (kinds.get(i)) {
                case STATUS -> {
                    status = TermStatus.parse(v);
                    if (status == null) {
                        throw new InputException(name, line, column(line, v), "unknown status '" + v
                                + "' (expected preferred, admitted, deprecated, or a TBX status value)");
                    }
                }
                case CASE -> caseSensitive = yesNo(v, line, "case");
                case DIACRITICS -> ignoreDiacritics = !yesNo(v, line, "diacritics");
                case NOTE -> note = v;
                case POS -> pos = v;
                case DEFINITION -> definition = v;
                case SUBJECT -> subject = v;
                default -> {
                }
            }
        }
        String key;
        if (entryColumn >= 0 && entryColumn < cells.size() && !cells.get(entryColumn).isBlank()) {
            key = "entry:" + cells.get(entryColumn).strip();
        } else if (groupedByFirst && firstLanguageColumn < cells.size()
                && !cells.get(firstLanguageColumn).isBlank()) {
            key = "term:" + cells.get(firstLanguageColumn).strip().toLowerCase(Locale.ROOT);
        } else {
            key = "line:" + line;
        }
        EntryDraft draft = byKey.get(key);
        if (draft == null) {
            String id = key.startsWith("entry:") ? key.substring(6) : String.valueOf(line);
            draft = new EntryDraft(id, name + ":" + line);
            byKey.put(key, draft);
            drafts.add(draft);
        }
        if (definition != null && !draft.definitions.contains(definition)) {
            draft.definitions.add(definition);
        }
        if (note != null && !draft.notes.contains(note)) {
            draft.notes.add(note);
        }
        if (subject != null) {
            draft.subject = subject;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (kinds.get(i) != Column.LANGUAGE) {
                continue;
            }
            boolean keyColumn = groupedByFirst && i == firstLanguageColumn;
            TermStatus s = keyColumn ? TermStatus.UNSPECIFIED : status;
            for (String text : splitSynonyms(cells.get(i))) {
                String termKey = languages.get(i) + "\u0000" + text;
                if (!draft.terms.containsKey(termKey)) {
                    List<String> notes = note == null || keyColumn ? List.of() : List.of(note);
                    draft.terms.put(termKey, new Term(text, languages.get(i), s, pos, caseSensitive,
                            ignoreDiacritics, notes));
                }
            }
        }
    }

    private static List<String> splitSynonyms(String cell) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from <= cell.length()) {
            int bar = cell.indexOf(SYNONYM_SEPARATOR, from);
            int to = bar < 0 ? cell.length() : bar;
            String t = cell.substring(from, to).strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
            if (bar < 0) {
                break;
            }
            from = bar + 1;
        }
        return out;
    }

    private boolean yesNo(String v, int line, String column) throws InputException {
        Boolean b = TbxReader.flag(v);
        if (b == null) {
            throw new InputException(name, line, column(line, v), "'" + v + "' in column " + column
                    + " is not a yes/no value (yes, no, true, false" + (column.equals("diacritics")
                            ? ", keep, ignore)" : ", sensitive, insensitive)"));
        }
        return b;
    }

    /** The 1-based column of a cell's text on its line, or 1 when it cannot be found. */
    private int column(int line, String cell) {
        if (line < 1 || line > lines.length) {
            return 1;
        }
        int i = lines[line - 1].indexOf(cell);
        return i < 0 ? 1 : lines[line - 1].codePointCount(0, i) + 1;
    }

    private static final class EntryDraft {
        final String id;
        final String origin;
        final Map<String, Term> terms = new LinkedHashMap<>();
        final List<String> definitions = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        String subject;

        EntryDraft(String id, String origin) {
            this.id = id;
            this.origin = origin;
        }
    }
}
