package dev.concord.variants;

import com.ibm.icu.text.Normalizer2;
import dev.concord.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words two regional variants of one language write differently ({@code rules/variants/<language>.tsv}): which
 * regions follow which variant, which variant a bare language code means, and the word pairs. Immutable.
 */
final class VariantList {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Map<String, Optional<VariantList>> BUNDLED = new ConcurrentHashMap<>();

    /** One word or phrase of one variant; {@code shared} when the other variant writes it too. */
    record Form(String text, List<String> words, boolean shared) {
    }

    /**
     * One row: the forms of variant 0 and of variant 1 (the first of each is the suggestion), an optional
     * part-of-speech prefix and a word after which the row does not apply.
     */
    record Row(List<Form> first, List<Form> second, String pos, String notAfter, String note, int line) {
        List<Form> side(int s) {
            return s == 0 ? first : second;
        }
    }

    /** A form to look for: its row and the side it belongs to. */
    record Term(Row row, int side, Form form) {
    }

    final String name;
    final String language;
    /** The two variants, such as fr-FR and fr-CA. */
    final String[] variants = new String[2];
    /** Region code to the side its texts follow. */
    final Map<String, Integer> regions = new HashMap<>();
    /** The side a bare language code means, or -1. */
    int defaultSide = -1;
    /** The side that writes ss for ß (de-CH), or -1. */
    int noSharpSSide = -1;
    final List<Row> rows = new ArrayList<>();
    /** First word of a form (lowercase) to the terms starting with it. */
    final Map<String, List<Term>> byFirstWord = new HashMap<>();

    private VariantList(String name, String language) {
        this.name = name;
        this.language = language;
    }

    /** The bundled list for a language, if Concord has one. */
    static Optional<VariantList> bundled(String language) {
        return BUNDLED.computeIfAbsent(language, l -> {
            String resource = "/concord-rules/variants/" + l + ".tsv";
            try (InputStream in = VariantList.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return Optional.empty();
                }
                return Optional.of(parse(resource, l, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled variant list " + resource + ": "
                        + e.getMessage(), e);
            }
        });
    }

    static VariantList parse(String name, String language, Reader reader) throws IOException {
        VariantList list = new VariantList(name, language);
        BufferedReader in = new BufferedReader(reader);
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (line.startsWith("@")) {
                list.directive(cells, lineNumber);
                continue;
            }
            if (list.variants[0] == null) {
                throw new InputException(name, lineNumber, 1, "a row before the @variants line");
            }
            if (cells.length < 2) {
                throw new InputException(name, lineNumber, 0, "expected two forms separated by a tab");
            }
            Row row = new Row(forms(cells[0], name, lineNumber), forms(cells[1], name, lineNumber),
                    cell(cells, 2), cell(cells, 3), cell(cells, 4), lineNumber);
            list.rows.add(row);
            for (int side = 0; side < 2; side++) {
                for (Form f : row.side(side)) {
                    list.byFirstWord.computeIfAbsent(f.words().get(0), k -> new ArrayList<>())
                            .add(new Term(row, side, f));
                }
            }
        }
        if (list.variants[0] == null) {
            throw new InputException(name, lineNumber, 0, "no @variants line");
        }
        return list;
    }

    private void directive(String[] cells, int lineNumber) throws InputException {
        switch (cells[0]) {
            case "@variants" -> {
                if (cells.length < 3) {
                    throw new InputException(name, lineNumber, 1, "@variants needs two language tags");
                }
                variants[0] = cells[1].trim();
                variants[1] = cells[2].trim();
            }
            case "@regions" -> {
                int side = side(cells, lineNumber);
                for (String region : cells[2].trim().split(" +")) {
                    regions.put(region.toUpperCase(Locale.ROOT), side);
                }
            }
            case "@default" -> defaultSide = sideOf(cells.length > 2 ? cells[2].trim() : "", lineNumber);
            case "@no-sharp-s" -> noSharpSSide = sideOf(cells.length > 1 ? cells[1].trim() : "", lineNumber);
            default -> throw new InputException(name, lineNumber, 1, "unknown directive " + cells[0]);
        }
    }

    private int side(String[] cells, int lineNumber) throws InputException {
        if (cells.length < 3) {
            throw new InputException(name, lineNumber, 1, cells[0] + " needs a variant and a value");
        }
        return sideOf(cells[1].trim(), lineNumber);
    }

    private int sideOf(String variant, int lineNumber) throws InputException {
        for (int i = 0; i < 2; i++) {
            if (variant.equals(variants[i])) {
                return i;
            }
        }
        throw new InputException(name, lineNumber, 0, "'" + variant + "' is not one of the @variants");
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length && !cells[i].isBlank() ? cells[i].trim() : null;
    }

    private static List<Form> forms(String cell, String name, int lineNumber) throws InputException {
        List<Form> out = new ArrayList<>();
        for (String alternative : cell.split("\\|")) {
            String t = NFC.normalize(alternative.trim());
            boolean shared = t.endsWith("*");
            if (shared) {
                t = t.substring(0, t.length() - 1).trim();
            }
            if (t.isEmpty()) {
                throw new InputException(name, lineNumber, 0, "an empty form");
            }
            out.add(new Form(t, words(t), shared));
        }
        return List.copyOf(out);
    }

    /** A form's words as LanguageTool's tokens come: split at spaces and after an apostrophe (d'Inde: d', inde). */
    static List<String> words(String form) {
        List<String> out = new ArrayList<>();
        for (String w : form.toLowerCase(Locale.ROOT).split("\\s+")) {
            int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
            if (apostrophe > 0 && apostrophe < w.length() - 1) {
                out.add(w.substring(0, apostrophe + 1));
                out.add(w.substring(apostrophe + 1));
            } else if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }
}
