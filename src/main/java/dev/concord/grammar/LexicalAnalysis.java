package dev.concord.grammar;

import dev.concord.rule.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.tagging.Tagger;
import org.languagetool.tokenizers.SentenceTokenizer;
import org.languagetool.tokenizers.Tokenizer;
import org.languagetool.tools.StringTools;

/**
 * Tokens of text from LanguageTool's sentence and word tokenizers and its tagger alone: every reading of a word, not
 * narrowed by its context (no disambiguator, chunker or multi-word lookup, which cost most of a full analysis). For
 * rules that match words and lemmas (terms, names) where no LanguageTool check analyses the text anyway. A word's
 * readings are kept once looked up, per language, where the tagger reads each word on its own. Thread-safe.
 */
final class LexicalAnalysis {
    /** Distinct words whose readings are kept; past it the table starts again (a text's vocabulary is far smaller). */
    private static final int CACHED_WORDS = 200_000;
    private static final Reading NONE = new Reading(List.of(), List.of());
    /** Characters of text whose tokens are kept; past it the table starts again. */
    private static final int CACHED_CHARS = 1_600_000;

    /** The word tokenizers {@code ChunkedTokenizerEquivalenceTest} holds to read nothing across a space but digits. */
    private static final Set<String> PIECEWISE_TOKENIZERS = Set.of(
            "org.languagetool.tokenizers.fr.FrenchWordTokenizer", "org.languagetool.tokenizers.en.EnglishWordTokenizer");

    private final SentenceTokenizer sentences;
    private final Tokenizer words;
    private final Tagger tagger;
    /**
     * False for taggers that read a word's neighbours: German's takes a word after a colon or an opening quote for a
     * sentence start, and reads gender-gap forms across tokens, so its readings of a word differ from sentence to
     * sentence. Its sentences are tagged whole every time.
     */
    private final boolean wordByWord;
    /** The readings of a word in a sentence, by word and by whether it opens the sentence. */
    private final Map<WordKey, Reading> readings = new ConcurrentHashMap<>();
    /** The tokens of the texts tokenized last, and how many characters of text that is. */
    private final Map<String, List<Token>> byText = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong cachedChars = new java.util.concurrent.atomic.AtomicLong();
    /**
     * True for the word tokenizers known to read nothing across a space but digit groups and variation selectors,
     * whose sentences can be tokenized piece by piece (see {@link #wordsOf}).
     */
    private final boolean chunked;
    /** The tokens of the pieces between spaces, for {@link #wordsOf}. */
    private final Map<String, List<String>> pieces = new ConcurrentHashMap<>();
    /** The readings of a word tagged alone, outside any sentence (see {@link #readingOf}). */
    private final Map<String, Reading> alone = new ConcurrentHashMap<>();

    private record WordKey(String word, boolean first) {
    }

    /** A word's lemmas and part-of-speech tags, every reading's. */
    record Reading(List<String> lemmas, List<String> tags) {
    }

    LexicalAnalysis(Language language) {
        // The language's own instances, which its LanguageTool objects share across threads too.
        this.sentences = language.getSentenceTokenizer();
        this.words = language.getWordTokenizer();
        this.tagger = language.getTagger();
        this.wordByWord = !tagger.getClass().getName().startsWith("org.languagetool.tagging.de.");
        this.chunked = PIECEWISE_TOKENIZERS.contains(words.getClass().getName());
    }

    void clear() {
        readings.clear();
        pieces.clear();
        alone.clear();
        byText.clear();
        cachedChars.set(0);
    }

    /**
     * The tokens of {@code text}, with offsets in it, whitespace (as LanguageTool counts it) left out. The tokens of
     * the texts tokenized last are kept (up to {@value #CACHED_CHARS} characters of text in all): an editor's re-check
     * after an edit, and the repeated messages of a catalog, then cost a lookup.
     */
    List<Token> tokens(String text) throws IOException {
        List<Token> known = byText.get(text);
        if (known != null) {
            return known;
        }
        List<Token> out = List.copyOf(tokenize(text));
        if (text.length() <= CACHED_CHARS / 10) {
            if (cachedChars.addAndGet(text.length()) > CACHED_CHARS) {
                byText.clear();
                cachedChars.set(text.length());
            }
            byText.put(text, out);
        }
        return out;
    }

    private List<Token> tokenize(String text) throws IOException {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String sentence : sentencesOf(text)) {
            List<String> parts = wordsOf(sentence);
            int n = parts.size();
            int[] starts = new int[n];
            Reading[] found = new Reading[n];
            boolean[] space = new boolean[n];
            int at = 0;
            int firstWord = -1;
            boolean missing = false;
            for (int i = 0; i < n; i++) {
                String part = parts.get(i);
                int start = sentence.startsWith(part, at) ? at : sentence.indexOf(part, at);
                starts[i] = start < 0 ? at : start;
                at = starts[i] + part.length();
                space[i] = StringTools.isWhitespace(part);
                if (space[i]) {
                    continue;
                }
                if (firstWord < 0) {
                    firstWord = i;
                }
                found[i] = wordByWord ? readings.get(new WordKey(part, i == firstWord)) : null;
                missing |= found[i] == null;
            }
            if (missing) {
                Reading[] tagged = tagSentence(parts, space, firstWord);
                for (int i = 0; i < n; i++) {
                    if (found[i] == null) {
                        found[i] = tagged[i];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (space[i]) {
                    continue;
                }
                String part = parts.get(i);
                int start = offset + starts[i];
                out.add(new Token(start, start + part.length(), part, found[i].lemmas(), found[i].tags(),
                        i == firstWord));
            }
            offset += sentence.length();
        }
        return out;
    }

    /**
     * The sentence's tokens as the language's word tokenizer gives them. For a tokenizer that reads nothing across a
     * space but digit groups ("1 476"), the pieces between spaces are tokenized on their own and kept: most of a
     * catalog's words recur, and French's tokenizer runs a dozen regular expressions over every piece.
     * {@code ChunkedTokenizerEquivalenceTest} holds the two ways equal on real text.
     */
    List<String> wordsOf(String sentence) {
        if (!chunked) {
            return words.tokenize(sentence);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < sentence.length(); i++) {
            if (sentence.charAt(i) == ' ' && splitsAt(sentence, i)) {
                addPiece(sentence.substring(from, i), out);
                out.add(" ");
                from = i + 1;
            }
        }
        addPiece(sentence.substring(from), out);
        return out;
    }

    /** False for a space between digits (a digit group) or before a variation selector, which join across it. */
    private static boolean splitsAt(String s, int space) {
        boolean digitBefore = space > 0 && Character.isDigit(s.charAt(space - 1));
        char after = space + 1 < s.length() ? s.charAt(space + 1) : ' ';
        return !(digitBefore && Character.isDigit(after)) && !(after >= '\uFE00' && after <= '\uFE0F');
    }

    private void addPiece(String piece, List<String> out) {
        if (piece.isEmpty()) {
            return;
        }
        List<String> known = pieces.get(piece);
        if (known == null) {
            known = List.copyOf(words.tokenize(piece));
            if (pieces.size() > CACHED_WORDS) {
                pieces.clear();
            }
            pieces.put(piece, known);
        }
        out.addAll(known);
    }

    /** The readings of one word tagged alone, as a lone term is: for words a disambiguator left without a lemma. */
    Reading readingOf(String word) throws IOException {
        Reading known = alone.get(word);
        if (known == null) {
            List<AnalyzedTokenReadings> tagged = tagger.tag(List.of(withoutSoftHyphens(word)));
            known = tagged.isEmpty() ? NONE : reading(tagged.get(0));
            if (alone.size() > CACHED_WORDS) {
                alone.clear();
            }
            alone.put(word, known);
        }
        return known;
    }

    /**
     * Tags a sentence's words as LanguageTool's tagger tags a sentence; keeps each word's readings where the tagger
     * reads words on their own. Soft hyphens are left out for the tagger, as LanguageTool leaves them out.
     */
    private Reading[] tagSentence(List<String> parts, boolean[] space, int firstWord) throws IOException {
        List<String> forTagger = new ArrayList<>(parts.size());
        for (String p : parts) {
            forTagger.add(withoutSoftHyphens(p));
        }
        List<AnalyzedTokenReadings> tagged = tagger.tag(forTagger);
        if (wordByWord && readings.size() > CACHED_WORDS) {
            readings.clear();
        }
        Reading[] out = new Reading[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            if (space[i]) {
                continue;
            }
            out[i] = i < tagged.size() ? reading(tagged.get(i)) : NONE;
            if (wordByWord) {
                readings.putIfAbsent(new WordKey(parts.get(i), i == firstWord), out[i]);
            }
        }
        return out;
    }

    private static String withoutSoftHyphens(String word) {
        return word.indexOf('\u00AD') < 0 ? word : word.replace("\u00AD", "");
    }

    private static Reading reading(AnalyzedTokenReadings token) {
        Set<String> lemmas = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        LanguageToolAnalyzer.collectReadings(token, lemmas, tags);
        return lemmas.isEmpty() && tags.isEmpty() ? NONE : new Reading(List.copyOf(lemmas), List.copyOf(tags));
    }

    /**
     * The sentences of a text, concatenating to it. Most units of a translation file are one sentence, or end with
     * the only sentence mark they hold: those skip the sentence tokenizer's regular expressions.
     */
    private List<String> sentencesOf(String text) {
        int end = text.length();
        while (end > 0 && isClosing(text.charAt(end - 1))) {
            end--;
        }
        boolean inner = false;
        for (int i = 0; i < end && !inner; i++) {
            char c = text.charAt(i);
            inner = c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？'
                    || c == '\n' || c == ';' || c == '؟' || c == '।';
        }
        if (!inner) {
            return List.of(text);
        }
        List<String> split = sentences.tokenize(text);
        return String.join("", split).equals(text) ? split : List.of(text);
    }

    /** Sentence marks, closing quotes and brackets, and spaces that may end a one-sentence text. */
    private static boolean isClosing(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？' || c == '"'
                || c == '»' || c == '”' || c == '’' || c == ')' || c == ']' || Character.isWhitespace(c);
    }
}
