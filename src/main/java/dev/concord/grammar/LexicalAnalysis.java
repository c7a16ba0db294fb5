package dev.concord.grammar;

import dev.concord.rule.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.tagging.Tagger;
import org.languagetool.tokenizers.SentenceTokenizer;
import org.languagetool.tokenizers.Tokenizer;

/**
 * Tokens of text from LanguageTool's sentence and word tokenizers and its tagger alone: every reading of a word, not
 * narrowed by its context (no disambiguator, chunker or multi-word lookup, which cost most of a full analysis). For
 * rules that match words and lemmas (terms, names) where no LanguageTool check analyses the text anyway. A word's
 * readings are kept once looked up, per language. Thread-safe.
 */
final class LexicalAnalysis {
    /** Distinct words whose readings are kept; past it the table starts again (a text's vocabulary is far smaller). */
    private static final int CACHED_WORDS = 200_000;

    private final Language language;
    private final SentenceTokenizer sentences;
    private final Tokenizer words;
    private final Tagger tagger;
    /** The lemmas and tags of a word, by word and by whether it opens a sentence (taggers try its lowercase then). */
    private final Map<WordKey, Reading> readings = new ConcurrentHashMap<>();

    private record WordKey(String word, boolean first) {
    }

    /** A word's lemmas and part-of-speech tags, every reading's. */
    record Reading(List<String> lemmas, List<String> tags) {
    }

    LexicalAnalysis(Language language) {
        this.language = language;
        // The language's own instances, which its LanguageTool objects share across threads too.
        this.sentences = language.getSentenceTokenizer();
        this.words = language.getWordTokenizer();
        this.tagger = language.getTagger();
    }

    Language language() {
        return language;
    }

    void clear() {
        readings.clear();
    }

    /** The tokens of {@code text}, with offsets in it, whitespace left out. */
    List<Token> tokens(String text) throws IOException {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String sentence : sentencesOf(text)) {
            List<String> parts = words.tokenize(sentence);
            int[] starts = new int[parts.size()];
            int at = 0;
            int firstWord = -1;
            boolean allKnown = true;
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                int found = sentence.startsWith(part, at) ? at : sentence.indexOf(part, at);
                starts[i] = found < 0 ? at : found;
                at = starts[i] + part.length();
                if (!part.isBlank()) {
                    if (firstWord < 0) {
                        firstWord = i;
                    }
                    allKnown &= readings.containsKey(new WordKey(part, i == firstWord));
                }
            }
            if (!allKnown) {
                learn(parts, firstWord);
            }
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                if (part.isBlank()) {
                    continue;
                }
                Reading r = readings.get(new WordKey(part, i == firstWord));
                if (r == null) {
                    r = new Reading(List.of(), List.of());
                }
                int start = offset + starts[i];
                out.add(new Token(start, start + part.length(), part, r.lemmas(), r.tags(), i == firstWord));
            }
            offset += sentence.length();
        }
        return out;
    }

    /** The readings of one word, as it reads in a sentence ({@code first}: at its start). */
    Reading readingOf(String word, boolean first) throws IOException {
        Reading known = readings.get(new WordKey(word, first));
        if (known == null) {
            learn(List.of(word), first ? 0 : -1);
            known = readings.get(new WordKey(word, first));
        }
        return known;
    }

    /** Tags a sentence's words as LanguageTool's tagger tags a sentence, and keeps each word's readings. */
    private void learn(List<String> parts, int firstWord) throws IOException {
        List<AnalyzedTokenReadings> tagged = tagger.tag(parts);
        if (firstWord < 0 && parts.size() == 1) {
            // One word not at a sentence's start: keep it under that key, whatever the tagger took it for.
            readings.putIfAbsent(new WordKey(parts.get(0), false), reading(tagged.get(0)));
            return;
        }
        if (readings.size() > CACHED_WORDS) {
            readings.clear();
        }
        for (int i = 0; i < parts.size() && i < tagged.size(); i++) {
            String part = parts.get(i);
            if (!part.isBlank()) {
                readings.putIfAbsent(new WordKey(part, i == firstWord), reading(tagged.get(i)));
            }
        }
    }

    private static Reading reading(AnalyzedTokenReadings token) {
        Set<String> lemmas = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        for (AnalyzedToken r : token.getReadings()) {
            String tag = r.getPOSTag();
            if (r.getLemma() != null && (tag == null || !tag.startsWith("_"))) {
                lemmas.add(r.getLemma());
            }
            if (tag != null && !tag.equals(JLanguageTool.SENTENCE_START_TAGNAME)
                    && !tag.equals(JLanguageTool.SENTENCE_END_TAGNAME)
                    && !tag.equals(JLanguageTool.PARAGRAPH_END_TAGNAME)) {
                tags.add(tag);
            }
        }
        return new Reading(List.copyOf(lemmas), List.copyOf(tags));
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
            inner = c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？' || c == '\n'
                    || c == ';' || c == '؟' || c == '।';
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
