package dev.concord.terms;

import com.ibm.icu.util.ULocale;
import dev.concord.rule.TextAnalyzer;
import dev.concord.rule.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of a termbase for one language, compiled into one automaton: a trie over token keys (folded surface
 * forms and lemmas), walked from every position of the text. Each step is one hash lookup per key of the text
 * token, so a text costs its number of tokens times the length of the longest partial match, whatever the number
 * of terms: 100,000 entries cost about what 100 do. Terms and text are reduced to keys by the same analyzer, so an
 * inflected text word ({@code organisateurs}, {@code Terminologien}) meets its term through their shared lemma, and a
 * multi-word term matches with each of its words inflected. Immutable and thread-safe once built.
 */
final class TermIndex {
    /** Terms longer than this many tokens are definitions filed as terms; they are not matched. */
    private static final int MAX_TERM_POSITIONS = 24;
    /** Key alternatives (surface and lemmas) per term beyond which only the plain paths are indexed. */
    private static final int MAX_PATHS = 16;
    /** Partial matches followed at once from one start position. */
    private static final int MAX_FRONTIER = 64;
    /** Terms analysed per call of the analyzer (each call holds one LanguageTool object). */
    private static final int BATCH = 2_000;

    /** Leading articles that texts drop from terms, by language. */
    private static final Map<String, Set<String>> ARTICLES = Map.of(
            "en", Set.of("a", "an", "the"),
            "fr", Set.of("le", "la", "les", "l'", "un", "une", "des"),
            "de", Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"),
            "es", Set.of("el", "la", "los", "las", "un", "una", "unos", "unas"),
            "it", Set.of("il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una"),
            "pt", Set.of("o", "a", "os", "as", "um", "uma"),
            "nl", Set.of("de", "het", "een"));

    private final TermKeys keys;
    private final TermEntry[] entries;
    private final Term[] terms;
    /** Per term, the exact form of each position, for terms matched case-sensitively; else null. */
    private final String[][] exactWords;
    /** Per one-word term, its lemma and tags (for inflecting suggestions); else null. */
    private final String[] singleLemmas;
    private final List<List<String>> singleTags;
    private final KeyTrie trie;
    private final KeyTrie bareTrie;
    private final Map<Term, Integer> ids = new IdentityHashMap<>();

    private TermIndex(TermKeys keys, TermEntry[] entries, Term[] terms, String[][] exactWords, String[] singleLemmas,
            List<List<String>> singleTags, KeyTrie trie, KeyTrie bareTrie) {
        this.keys = keys;
        this.entries = entries;
        this.terms = terms;
        this.exactWords = exactWords;
        this.singleLemmas = singleLemmas;
        this.singleTags = singleTags;
        this.trie = trie;
        this.bareTrie = bareTrie;
        for (int id = 0; id < terms.length; id++) {
            ids.putIfAbsent(terms[id], id);
        }
    }

    /** Compiles the terms of {@code entries} that apply to {@code locale}, analysed by {@code analyzer}. */
    static TermIndex build(ULocale locale, List<TermEntry> entries, TextAnalyzer analyzer) {
        TermKeys keys = new TermKeys(locale);
        List<TermEntry> termEntries = new ArrayList<>();
        List<Term> termList = new ArrayList<>();
        for (TermEntry e : entries) {
            for (Term t : e.terms()) {
                if (Termbase.applies(t.language(), locale)) {
                    termEntries.add(e);
                    termList.add(t);
                }
            }
        }
        int n = termList.size();
        List<List<Token>> tokens = analyzeTerms(termList, locale, analyzer);
        KeyTrie.Builder main = new KeyTrie.Builder();
        KeyTrie.Builder bare = new KeyTrie.Builder();
        String[][] exact = new String[n][];
        String[] lemmas = new String[n];
        List<List<String>> tags = new ArrayList<>(n);
        for (int id = 0; id < n; id++) {
            Term term = termList.get(id);
            List<Set<String>> positions = new ArrayList<>();
            List<String> exactForms = new ArrayList<>();
            for (Token t : tokens.get(id)) {
                termPositions(t, keys, positions, exactForms);
            }
            tags.add(List.of());
            if (positions.isEmpty() || positions.size() > MAX_TERM_POSITIONS) {
                continue;
            }
            if (term.matchesCaseSensitively()) {
                exact[id] = exactForms.toArray(new String[0]);
            }
            if (tokens.get(id).size() == 1 && positions.size() == 1) {
                Token only = tokens.get(id).get(0);
                lemmas[id] = only.lemmas().isEmpty() ? only.text() : only.lemmas().get(0);
                tags.set(id, only.tags());
            }
            List<List<Set<String>>> variants = new ArrayList<>();
            variants.add(positions);
            if (positions.size() > 2 && isArticle(locale, positions.get(0))) {
                // "the Ning Clan", "a diploma mill": texts often drop the article a term was filed with. A term of
                // one word after its article ("The Who") keeps it, or it would match every "who".
                variants.add(positions.subList(1, positions.size()));
            }
            for (List<Set<String>> variant : variants) {
                if (term.ignoreDiacritics()) {
                    List<Set<String>> stripped = new ArrayList<>();
                    for (Set<String> p : variant) {
                        Set<String> s = new LinkedHashSet<>();
                        for (String k : p) {
                            s.add(TermKeys.stripDiacritics(k));
                        }
                        stripped.add(s);
                    }
                    bare.add(paths(stripped), id);
                } else {
                    main.add(paths(variant), id);
                }
            }
        }
        return new TermIndex(keys, termEntries.toArray(new TermEntry[0]), termList.toArray(new Term[0]), exact,
                lemmas, tags, main.build(), bare.isEmpty() ? null : bare.build());
    }

    /** Analyses the terms each on its own, in batches, and gives each term its tokens. */
    private static List<List<Token>> analyzeTerms(List<Term> termList, ULocale locale, TextAnalyzer analyzer) {
        List<List<Token>> out = new ArrayList<>(termList.size());
        for (int from = 0; from < termList.size(); from += BATCH) {
            List<String> texts = new ArrayList<>();
            for (Term t : termList.subList(from, Math.min(termList.size(), from + BATCH))) {
                texts.add(t.text());
            }
            out.addAll(analyzer.analyzeEach(texts, locale));
        }
        return out;
    }

    /**
     * The positions a term token stands for, each with its keys. A word written in its dictionary form (its surface is
     * one of its lemmas) is keyed by that form alone, so that the term {@code été} (summer) does not match every form
     * of {@code être}; an inflected term word is keyed by its surface and its lemmas. Hyphenated words count as their
     * parts (see {@link Positions}).
     */
    private static void termPositions(Token t, TermKeys keys, List<Set<String>> positions, List<String> exact) {
        String surface = t.text();
        if (isHyphen(surface)) {
            return;
        }
        if (TermKeys.isUnspacedScript(surface)) {
            for (int i = 0; i < surface.length(); ) {
                int cp = surface.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                positions.add(Set.of(keys.fold(ch)));
                exact.add(TermKeys.exact(ch));
                i += Character.charCount(cp);
            }
            return;
        }
        List<int[]> parts = hyphenParts(surface);
        List<List<String>> lemmaParts = lemmaParts(t.lemmas(), parts.size());
        for (int p = 0; p < parts.size(); p++) {
            String part = surface.substring(parts.get(p)[0], parts.get(p)[1]);
            String folded = keys.fold(part);
            Set<String> set = new LinkedHashSet<>();
            set.add(folded);
            List<String> lemmas = lemmaParts.get(p);
            boolean citationForm = false;
            for (String lemma : lemmas) {
                if (keys.fold(lemma).equals(folded)) {
                    citationForm = true;
                    break;
                }
            }
            if (!citationForm) {
                for (String lemma : lemmas) {
                    set.add(keys.fold(lemma));
                }
            }
            positions.add(set);
            exact.add(TermKeys.exact(part));
        }
    }

    /** True for a token that is only hyphens: "Feng - er" and "Feng-er" are the same name. */
    static boolean isHyphen(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isHyphenChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasHyphen(String s) {
        return s.indexOf('-') >= 0 || s.indexOf('\u2010') >= 0 || s.indexOf('\u2011') >= 0;
    }

    private static boolean isHyphenChar(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** The [start, end) ranges of a word's parts between hyphens; the whole word when it has none inside. */
    static List<int[]> hyphenParts(String word) {
        List<int[]> out = new ArrayList<>(1);
        int from = 0;
        for (int i = 0; i < word.length(); i++) {
            if (isHyphenChar(word.charAt(i))) {
                if (i > from) {
                    out.add(new int[] {from, i});
                }
                from = i + 1;
            }
        }
        if (from < word.length()) {
            out.add(new int[] {from, word.length()});
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, word.length()});
        }
        return out;
    }

    /**
     * The lemmas of each part of a hyphenated word: a lemma with as many parts as the word gives each part its own
     * ("E-Mails", lemma "E-Mail": "Mails" gets "Mail"); otherwise the parts have no lemma.
     */
    static List<List<String>> lemmaParts(List<String> lemmas, int partCount) {
        if (partCount == 1) {
            return List.of(lemmas);
        }
        List<List<String>> out = new ArrayList<>(partCount);
        for (int p = 0; p < partCount; p++) {
            out.add(new ArrayList<>(1));
        }
        for (String lemma : lemmas) {
            List<int[]> parts = hyphenParts(lemma);
            if (parts.size() == partCount) {
                for (int p = 0; p < partCount; p++) {
                    out.get(p).add(lemma.substring(parts.get(p)[0], parts.get(p)[1]));
                }
            }
        }
        return out;
    }

    private static boolean isArticle(ULocale locale, Set<String> position) {
        Set<String> articles = ARTICLES.get(locale.getLanguage());
        if (articles == null) {
            return false;
        }
        for (String k : position) {
            if (articles.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Every key sequence of a term: the product of its positions' alternatives, bounded. */
    private static List<String[]> paths(List<Set<String>> positions) {
        long product = 1;
        for (Set<String> p : positions) {
            product *= p.size();
            if (product > MAX_PATHS) {
                break;
            }
        }
        List<String[]> out = new ArrayList<>();
        if (product > MAX_PATHS) {
            // Too many alternatives: the surface path and the first-lemma path.
            String[] surface = new String[positions.size()];
            String[] lemma = new String[positions.size()];
            for (int i = 0; i < positions.size(); i++) {
                List<String> alternatives = new ArrayList<>(positions.get(i));
                surface[i] = alternatives.get(0);
                lemma[i] = alternatives.get(Math.min(1, alternatives.size() - 1));
            }
            out.add(surface);
            out.add(lemma);
            return out;
        }
        out.add(new String[positions.size()]);
        for (int i = 0; i < positions.size(); i++) {
            List<String[]> next = new ArrayList<>();
            for (String[] partial : out) {
                for (String k : positions.get(i)) {
                    String[] copy = partial.clone();
                    copy[i] = k;
                    next.add(copy);
                }
            }
            out = next;
        }
        return out;
    }

    /** True when no term of the termbase applies to this language. */
    boolean isEmpty() {
        return terms.length == 0;
    }

    /** The number of a term in this index (the same object as in its entry), or -1. */
    int idOf(Term term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    /** The lemma of a one-word term, or null for a longer one. */
    String singleLemma(int id) {
        return singleLemmas[id];
    }

    /** The part-of-speech tags of a one-word term, as the analyzer gave them. */
    List<String> singleTags(int id) {
        return singleTags.get(id);
    }

    /**
     * Every term occurrence in the tokens of a text, overlapping ones included, sorted by start and then longest
     * first. Use {@link #longest} to keep only the longest where matches overlap.
     */
    List<TermMatch> findAll(List<Token> tokens) {
        if (terms.length == 0 || tokens.isEmpty()) {
            return List.of();
        }
        Positions positions = Positions.of(tokens, keys);
        List<TermMatch> out = new ArrayList<>(Math.max(16, tokens.size() / 8));
        walk(positions, trie, false, out);
        if (bareTrie != null) {
            // Two walks: merge them into one order, and one match per term and span.
            walk(positions, bareTrie, true, out);
            out.sort(Comparator.comparingInt(TermMatch::start).thenComparing(Comparator.comparingInt(TermMatch::end)
                    .reversed()).thenComparingInt(TermMatch::termId));
            List<TermMatch> distinct = new ArrayList<>(out.size());
            for (TermMatch m : out) {
                TermMatch last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
                if (last == null || !last.sameSpan(m) || last.termId() != m.termId()) {
                    distinct.add(m);
                }
            }
            return distinct;
        }
        return out;
    }

    /**
     * Walks the trie from every position; adds the matches by start, longest first, one per term and span (a term
     * reached by two key paths, its surface and its lemma, is one match).
     */
    private void walk(Positions p, KeyTrie t, boolean stripped, List<TermMatch> out) {
        int n = p.size();
        int[] symbols = p.symbols(t, stripped);
        int[] frontier = new int[MAX_FRONTIER];
        int[] next = new int[MAX_FRONTIER];
        for (int i = 0; i < n; i++) {
            int first = out.size();
            int size = 1;
            frontier[0] = KeyTrie.ROOT;
            for (int j = i; j < n && size > 0; j++) {
                int nextSize = 0;
                for (int f = 0; f < size; f++) {
                    int node = frontier[f];
                    for (int k = p.keyStart[j]; k < p.keyStart[j + 1]; k++) {
                        int sym = symbols[k];
                        if (sym < 0) {
                            continue;
                        }
                        int child = t.child(node, sym);
                        if (child >= 0 && nextSize < MAX_FRONTIER && !contains(next, nextSize, child)) {
                            next[nextSize++] = child;
                        }
                    }
                }
                int spanStart = out.size();
                for (int f = 0; f < nextSize; f++) {
                    int node = next[f];
                    for (int o = t.outStart[node]; o < t.outStart[node + 1]; o++) {
                        int id = t.outIds[o];
                        if ((exactWords[id] == null || matchesExactly(p, i, j, id)) && !has(out, spanStart, id)) {
                            out.add(new TermMatch(p.start[i], p.end[j], p.token[i], p.token[j], entries[id],
                                    terms[id], id));
                        }
                    }
                }
                int[] swap = frontier;
                frontier = next;
                next = swap;
                size = nextSize;
            }
            if (out.size() - first > 1) {
                reverseSpans(out, first);
            }
        }
    }

    private static boolean has(List<TermMatch> out, int from, int termId) {
        for (int i = from; i < out.size(); i++) {
            if (out.get(i).termId() == termId) {
                return true;
            }
        }
        return false;
    }

    /** Puts the matches from {@code from} on (one start, by growing end) longest first, keeping each span's order. */
    private static void reverseSpans(List<TermMatch> out, int from) {
        List<TermMatch> group = new ArrayList<>(out.subList(from, out.size()));
        int k = from;
        int end = group.size();
        while (end > 0) {
            int begin = end - 1;
            while (begin > 0 && group.get(begin - 1).end() == group.get(end - 1).end()) {
                begin--;
            }
            for (int g = begin; g < end; g++) {
                out.set(k++, group.get(g));
            }
            end = begin;
        }
    }

    private static boolean contains(int[] array, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (array[i] == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text writes a case-sensitive term with the term's own capitals: each word as the term writes it,
     * or inflected with a lowercase ending ({@code APIs}), or with the term's form as its lemma.
     */
    private boolean matchesExactly(Positions p, int first, int last, int id) {
        String[] words = exactWords[id];
        // A match without the term's leading article is aligned with the term's last words.
        int skipped = words.length - (last - first + 1);
        for (int w = Math.max(0, skipped); w < words.length; w++) {
            int pos = first + w - skipped;
            String surface = TermKeys.exact(p.surface[pos]);
            String word = words[w];
            if (surface.equals(word) || p.lemmas.get(pos).contains(word)) {
                continue;
            }
            if (surface.startsWith(word) && isLowercaseEnding(surface, word.length())) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static boolean isLowercaseEnding(String s, int from) {
        if (s.length() - from > 4) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLowerCase(c) || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps the longest match where matches overlap (the earlier one when two are as long); matches of exactly the
     * same text from different entries (homonyms) all stay. {@code all} is sorted by start (as {@link #findAll} gives
     * it). Overlapping matches form small clusters; each is settled on its own, longest first, which gives the same
     * result as settling all matches at once, since a match competes only with those it overlaps.
     */
    static List<TermMatch> longest(List<TermMatch> all) {
        int n = all.size();
        if (n < 2) {
            return all;
        }
        List<TermMatch> kept = null;
        int clusterStart = 0;
        int clusterEnd = all.get(0).end();
        boolean clustered = false;
        for (int i = 1; i <= n; i++) {
            TermMatch m = i < n ? all.get(i) : null;
            if (m != null && m.start() < clusterEnd) {
                clustered |= !m.sameSpan(all.get(i - 1));
                clusterEnd = Math.max(clusterEnd, m.end());
                continue;
            }
            if (clustered && kept == null) {
                kept = new ArrayList<>(n);
                kept.addAll(all.subList(0, clusterStart));
            }
            if (kept != null) {
                if (clustered) {
                    settle(all.subList(clusterStart, i), kept);
                } else {
                    kept.addAll(all.subList(clusterStart, i));
                }
            }
            clusterStart = i;
            clustered = false;
            if (m != null) {
                clusterEnd = m.end();
            }
        }
        return kept == null ? all : kept;
    }

    /** Settles one cluster of overlapping matches: longest first, then earliest; same-span matches stay together. */
    private static void settle(List<TermMatch> cluster, List<TermMatch> out) {
        List<TermMatch> byLength = new ArrayList<>(cluster);
        byLength.sort(Comparator.comparingInt(TermMatch::length).reversed().thenComparingInt(TermMatch::start));
        List<TermMatch> accepted = new ArrayList<>();
        for (TermMatch m : byLength) {
            boolean keep = true;
            for (TermMatch a : accepted) {
                if (a.overlaps(m) && !a.sameSpan(m)) {
                    keep = false;
                    break;
                }
            }
            if (keep) {
                accepted.add(m);
            }
        }
        accepted.sort(Comparator.comparingInt(TermMatch::start));
        out.addAll(accepted);
    }

    /**
     * The text as positions to match: one per token, or one per character for words of unspaced scripts; each with
     * its keys (folded surface and lemmas).
     */
    private static final class Positions {
        int[] start;
        int[] end;
        int[] token;
        String[] surface;
        List<List<String>> lemmas;
        int[] keyStart;
        String[] keyList;
        private int size;

        int size() {
            return size;
        }

        static Positions of(List<Token> tokens, TermKeys keys) {
            Positions p = new Positions();
            int capacity = tokens.size() + 8;
            p.start = new int[capacity];
            p.end = new int[capacity];
            p.token = new int[capacity];
            p.surface = new String[capacity];
            p.lemmas = new ArrayList<>(capacity);
            p.keyStart = new int[capacity + 1];
            p.keyList = new String[capacity * 3];
            int k = 0;
            for (int ti = 0; ti < tokens.size(); ti++) {
                Token t = tokens.get(ti);
                String text = t.text();
                if (text.length() > 1 && TermKeys.isUnspacedScript(text)) {
                    for (int c = 0; c < text.length(); ) {
                        int cp = text.codePointAt(c);
                        int len = Character.charCount(cp);
                        String ch = text.substring(c, c + len);
                        k = p.add(t.start() + c, t.start() + c + len, ti, ch, List.of(), k);
                        k = p.key(keys.fold(ch), k);
                        c += len;
                    }
                    continue;
                }
                if (!hasHyphen(text)) {
                    k = p.add(t.start(), t.end(), ti, text, t.lemmas(), k);
                    String folded = keys.fold(text);
                    k = p.key(folded, k);
                    for (String lemma : t.lemmas()) {
                        String l = keys.fold(lemma);
                        if (!l.equals(folded)) {
                            k = p.key(l, k);
                        }
                    }
                    continue;
                }
                if (isHyphen(text)) {
                    continue;
                }
                List<int[]> parts = hyphenParts(text);
                List<List<String>> lemmaParts = lemmaParts(t.lemmas(), parts.size());
                for (int part = 0; part < parts.size(); part++) {
                    int[] range = parts.get(part);
                    String piece = text.substring(range[0], range[1]);
                    List<String> lemmas = lemmaParts.get(part);
                    k = p.add(t.start() + range[0], t.start() + range[1], ti, piece, lemmas, k);
                    String folded = keys.fold(piece);
                    k = p.key(folded, k);
                    for (String lemma : lemmas) {
                        String l = keys.fold(lemma);
                        if (!l.equals(folded)) {
                            k = p.key(l, k);
                        }
                    }
                }
            }
            p.keyStart[p.size] = k;
            return p;
        }

        private int add(int s, int e, int tokenIndex, String text, List<String> lemmaList, int k) {
            if (size == start.length) {
                int cap = size * 2;
                start = Arrays.copyOf(start, cap);
                end = Arrays.copyOf(end, cap);
                token = Arrays.copyOf(token, cap);
                surface = Arrays.copyOf(surface, cap);
                keyStart = Arrays.copyOf(keyStart, cap + 1);
            }
            start[size] = s;
            end[size] = e;
            token[size] = tokenIndex;
            surface[size] = text;
            lemmas.add(lemmaList);
            keyStart[size] = k;
            size++;
            return k;
        }

        private int key(String key, int k) {
            if (k == keyList.length) {
                keyList = Arrays.copyOf(keyList, k * 2);
            }
            keyList[k] = key;
            return k + 1;
        }

        /** The trie's symbol for each key (-1 for keys it does not know). */
        int[] symbols(KeyTrie t, boolean stripped) {
            int total = keyStart[size];
            int[] out = new int[total];
            for (int i = 0; i < total; i++) {
                String key = stripped ? TermKeys.stripDiacritics(keyList[i]) : keyList[i];
                out[i] = t.symbol(key);
            }
            return out;
        }
    }
}
