package dev.concord.terms;

import com.ibm.icu.util.ULocale;
import dev.concord.InputException;
import dev.concord.rule.TextAnalyzer;
import dev.concord.rule.Token;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A termbase: concept entries with their terms in several languages, read from TBX files (ISO 30042, TBX-Basic and
 * TBX v3) and CSV/TSV glossaries, several of them merged into one. Give it to a checker with
 * {@code Checker.builder().termbase(Termbase.load(Path.of("glossary.tbx")))}: the {@code term.*} rules then check
 * deprecated terms, source terms left without their approved translation, and terms translated two ways.
 *
 * <p>Immutable and thread-safe. The matcher for a language is compiled the first time a check needs it and kept for
 * the termbase's lifetime, so build a termbase once and share it.
 */
public final class Termbase {
    private static final Map<String, ULocale> PARSED_LANGUAGES = new ConcurrentHashMap<>();

    private final List<TermEntry> entries;
    private final List<String> files;
    private final Map<String, TermIndex> indexes = new ConcurrentHashMap<>();

    private Termbase(List<TermEntry> entries, List<String> files) {
        this.entries = List.copyOf(entries);
        this.files = List.copyOf(files);
    }

    /**
     * Reads termbase files and merges them: {@code .tbx} (or any XML) as TBX, {@code .csv} as comma- or
     * semicolon-separated values, {@code .tsv} and {@code .tab} as tab-separated values.
     *
     * @throws InputException when a file is missing, malformed or holds no terms, with the file, line and column
     */
    public static Termbase load(Path... paths) throws IOException {
        return load(Arrays.asList(paths));
    }

    /** Reads termbase files and merges them (see {@link #load(Path...)}). */
    public static Termbase load(Collection<Path> paths) throws IOException {
        List<TermEntry> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path p : paths) {
            String name = p.toString();
            if (!Files.isRegularFile(p)) {
                throw new InputException(name, 0, 0, Files.exists(p) ? "not a file" : "no such file");
            }
            List<TermEntry> read;
            try {
                read = isTbx(p) ? TbxReader.read(p, name) : CsvGlossaryReader.read(p, name);
            } catch (NoSuchFileException e) {
                throw new InputException(name, 0, 0, "no such file");
            }
            all.addAll(read);
            names.add(name);
        }
        return new Termbase(all, names);
    }

    /** A termbase of entries made in code. */
    public static Termbase of(Collection<TermEntry> entries) {
        return new Termbase(List.copyOf(entries), List.of());
    }

    /** One termbase holding the entries of all of these, in order. */
    public static Termbase merge(Termbase... termbases) {
        List<TermEntry> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Termbase t : termbases) {
            all.addAll(t.entries);
            names.addAll(t.files);
        }
        return new Termbase(all, names);
    }

    /** The entries, in the order of the files and of the entries in them. */
    public List<TermEntry> entries() {
        return entries;
    }

    /** The files the termbase was read from. */
    public List<String> files() {
        return files;
    }

    public int size() {
        return entries.size();
    }

    /** True when some term applies to text in {@code locale} (see {@link #applies}). */
    public boolean hasTerms(ULocale locale) {
        for (TermEntry e : entries) {
            if (e.hasTerms(locale)) {
                return true;
            }
        }
        return false;
    }

    /** The languages the terms are in (BCP 47), sorted. */
    public SortedSet<String> languages() {
        SortedSet<String> out = new TreeSet<>();
        for (TermEntry e : entries) {
            for (Term t : e.terms()) {
                out.add(t.language());
            }
        }
        return out;
    }

    /**
     * The words and phrases of every term, for spelling checkers to accept: each term whole when it has several
     * words, and each of its words (and the parts of hyphenated words) stripped of surrounding punctuation.
     * Deprecated terms are included, since they are spelled right; the term rules say why they are wrong.
     */
    public Set<String> spellingWords() {
        Set<String> out = new LinkedHashSet<>();
        for (TermEntry e : entries) {
            for (Term t : e.terms()) {
                String text = t.text();
                if (text.indexOf(' ') > 0) {
                    out.add(text);
                }
                for (String word : text.split(" ")) {
                    addWord(out, word);
                    if (word.indexOf('-') > 0) {
                        for (String part : word.split("-")) {
                            addWord(out, part);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void addWord(Set<String> out, String word) {
        int s = 0;
        int e = word.length();
        while (s < e && !Character.isLetterOrDigit(word.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(word.charAt(e - 1))) {
            e--;
        }
        String w = word.substring(s, e);
        if (w.codePoints().anyMatch(Character::isLetter)) {
            out.add(w);
        }
    }

    /**
     * True when a term in {@code termLanguage} applies to text in {@code locale}: same language, and the same region
     * when both name one ({@code fr} terms apply to {@code fr-CA} text; {@code fr-CA} terms to {@code fr} and
     * {@code fr-CA} text, not to {@code fr-FR} text).
     */
    static boolean applies(String termLanguage, ULocale locale) {
        ULocale term = PARSED_LANGUAGES.computeIfAbsent(termLanguage, ULocale::forLanguageTag);
        if (!term.getLanguage().equals(locale.getLanguage())) {
            return false;
        }
        String a = term.getCountry();
        String b = locale.getCountry();
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /**
     * A term found in a text.
     *
     * @param start UTF-16 offset of the occurrence in the analysed text
     * @param end   its end offset
     * @param entry the entry of the term
     * @param term  the term, in the form the termbase writes it
     */
    public record Occurrence(int start, int end, TermEntry entry, Term term) {
    }

    /**
     * The terms of this termbase in a text (term recognition, as editors show it beside a segment): in every
     * inflection, the longest where terms overlap, several entries where they share a word. {@code tokens} are the
     * text's tokens as {@code analyzer} gives them for {@code locale}; the terms are analysed by the same analyzer
     * the first time a language is asked for, and that compiled matcher serves every later call for the language.
     */
    public List<Occurrence> find(List<Token> tokens, ULocale locale, TextAnalyzer analyzer) {
        List<TermMatch> matches = TermIndex.longest(index(locale, analyzer).findAll(tokens));
        List<Occurrence> out = new ArrayList<>(matches.size());
        for (TermMatch m : matches) {
            out.add(new Occurrence(m.start(), m.end(), m.entry(), m.term()));
        }
        return out;
    }

    /**
     * The compiled matcher for text in {@code locale}, built on first use with {@code analyzer} (the checker's, so
     * that terms and text are tokenized and lemmatized alike) and kept.
     */
    TermIndex index(ULocale locale, TextAnalyzer analyzer) {
        String key = locale.getLanguage() + "-" + locale.getCountry();
        return indexes.computeIfAbsent(key, k -> TermIndex.build(locale, entries, analyzer));
    }

    private static boolean isTbx(Path p) throws IOException {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            return true;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".txt")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(64);
            String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
            return start.startsWith("<") || start.startsWith("\u00EF\u00BB\u00BF<");
        }
    }

    @Override
    public String toString() {
        return "Termbase[" + entries.size() + " entries" + (files.isEmpty() ? "" : " from " + files) + "]";
    }
}
