package dev.concord.grammar;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.ResultCache;
import org.languagetool.UserConfig;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * A LanguageTool object that checks text Concord has already split and analysed. {@code JLanguageTool.check} splits
 * the whole text into sentences and analyses each on every call; Concord splits each paragraph once (and remembers
 * the split, so that a re-check after an edit splits only the edited paragraph), analyses the sentences once, gives
 * that analysis to its other rules as tokens, and has LanguageTool check the same analysis, through LanguageTool's own
 * {@code checkInternal}, the method {@code check} ends in. The matches are LanguageTool's, unchanged.
 */
final class PreparedLanguageTool extends JLanguageTool {
    /** Paragraphs are joined with a blank line, which LanguageTool reads as a paragraph break. */
    static final String PARAGRAPH_BREAK = "\n\n";

    private final ParagraphSplits splits;
    /** LanguageTool's level: picky runs its rules tagged picky too. */
    private Level level = Level.DEFAULT;

    /** An object with LanguageTool's own rules for {@code language} (and its false friends for a mother tongue). */
    PreparedLanguageTool(Language language, Language motherTongue, ResultCache cache, UserConfig userConfig,
            ParagraphSplits splits) {
        super(language, motherTongue, cache, userConfig);
        this.splits = splits;
    }

    /**
     * An object with only {@code rules} (none of LanguageTool's own): built in milliseconds rather than seconds, for
     * analysing text and running added rules.
     */
    PreparedLanguageTool(Language language, ResultCache cache, UserConfig userConfig, ParagraphSplits splits,
            List<Rule> rules) {
        super(language, List.of(), null, cache, null, userConfig, false, false, new ArrayList<>(rules));
        this.splits = splits;
    }

    /** Checks at LanguageTool's picky level from now on. */
    void picky() {
        this.level = Level.PICKY;
    }

    /**
     * Paragraphs joined as LanguageTool checks them, split into sentences, and analysed; {@code paragraphEnds} holds,
     * for independent paragraphs (the units of a message catalog), the index after each paragraph's last sentence,
     * and is null for running text.
     */
    record Analysis(String text, List<String> sentences, List<AnalyzedSentence> analyzed, int[] paragraphEnds,
            List<Failure> failures) {
    }

    /**
     * The paragraphs joined with blank lines, split into LanguageTool's sentences (each paragraph's split remembered)
     * and analysed (each sentence's analysis kept in LanguageTool's result cache).
     */
    Analysis analyze(List<String> paragraphs) throws IOException {
        return analyze(paragraphs, false, false);
    }

    /**
     * As {@link #analyze(List)}; with {@code moreFollow}, the paragraphs are one piece of a longer text, and the last
     * is followed by a blank line too, so that the pieces' texts and sentences put end to end are the whole text's.
     * With {@code independent}, each paragraph is a text of its own (a catalog's message): LanguageTool's rules that
     * read across sentences see one paragraph at a time.
     */
    Analysis analyze(List<String> paragraphs, boolean moreFollow, boolean independent) throws IOException {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            joined.append(paragraphs.get(i));
            if (i + 1 < paragraphs.size() || moreFollow) {
                joined.append(PARAGRAPH_BREAK);
            }
        }
        String text = joined.toString();
        int[] paragraphEnds = independent ? new int[paragraphs.size()] : null;
        List<String> sentences = sentencesOf(paragraphs, text, moreFollow, paragraphEnds);
        if (sentences == null) {
            // The splits did not add up to the text (never seen): check it as running text rather than misplace.
            paragraphEnds = null;
            sentences = sentenceTokenize(text);
        }
        List<Failure> failures = new ArrayList<>();
        return new Analysis(text, sentences, analyzeEach(sentences, failures), paragraphEnds, failures);
    }

    /**
     * LanguageTool's analysis of the sentences. One of its disambiguation rules may throw on an odd sentence
     * ("{0} Primera fecha del intervalo" in Spanish); then the sentences are analysed one by one, and the one that
     * fails is analysed as blanks of its length, so that offsets hold, and named in {@code failures}: one message
     * goes unchecked, not the file.
     */
    private List<AnalyzedSentence> analyzeEach(List<String> sentences, List<Failure> failures) throws IOException {
        try {
            return analyzeSentences(sentences);
        } catch (RuntimeException whole) {
            List<AnalyzedSentence> out = new ArrayList<>(sentences.size());
            int offset = 0;
            for (String sentence : sentences) {
                try {
                    out.addAll(analyzeSentences(List.of(sentence)));
                } catch (RuntimeException e) {
                    failures.add(new Failure(offset, String.valueOf(e.getMessage())));
                    out.addAll(analyzeSentences(List.of(blanked(sentence))));
                }
                offset += sentence.length();
            }
            return out;
        }
    }

    /** The sentence with every character but line breaks turned into a space: the same length, nothing to analyse. */
    private static String blanked(String sentence) {
        StringBuilder b = new StringBuilder(sentence.length());
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            b.append(c == '\n' || c == '\r' ? c : ' ');
        }
        return b.toString();
    }

    /** LanguageTool's matches on an analysis, as {@code check(text)} gives them. */
    /** A paragraph (a catalog's message) on which LanguageTool failed: where it starts in the text, and why. */
    record Failure(int offset, String message) {
    }

    List<RuleMatch> check(Analysis analysis) throws IOException {
        return check(analysis, new ArrayList<>());
    }

    /**
     * As {@link #check(Analysis)}; a message of independent texts on which LanguageTool throws (one of its rules fails
     * on an odd sentence) is left out and added to {@code failures}, and the other messages are checked.
     */
    List<RuleMatch> check(Analysis analysis, List<Failure> failures) throws IOException {
        failures.addAll(analysis.failures());
        if (analysis.text().indexOf('\uFEFF') >= 0) {
            // LanguageTool treats a byte order mark in the text as markup, which its own check handles.
            return check(analysis.text());
        }
        if (analysis.paragraphEnds() == null) {
            return checkInternal(new AnnotatedTextBuilder().addText(analysis.text()).build(), ParagraphHandling.NORMAL,
                    null, Mode.ALL, level, null, analysis.sentences(), analysis.analyzed()).getRuleMatches();
        }
        // Independent texts: one check per paragraph, so that no rule reads across two messages.
        List<RuleMatch> out = new ArrayList<>();
        int from = 0;
        int offset = 0;
        for (int end : analysis.paragraphEnds()) {
            if (end > from) {
                List<String> own = analysis.sentences().subList(from, end);
                String text = String.join("", own);
                if (!text.isBlank()) {
                    List<RuleMatch> found;
                    try {
                        found = checkInternal(new AnnotatedTextBuilder().addText(text).build(),
                                ParagraphHandling.NORMAL, null, Mode.ALL, level, null, own,
                                analysis.analyzed().subList(from, end)).getRuleMatches();
                    } catch (RuntimeException e) {
                        failures.add(new Failure(offset, String.valueOf(e.getMessage())));
                        found = List.of();
                    }
                    for (RuleMatch m : found) {
                        m.setOffsetPosition(m.getFromPos() + offset, m.getToPos() + offset);
                        out.add(m);
                    }
                }
                offset += text.length();
            }
            from = end;
        }
        return out;
    }

    /**
     * The sentences of the joined text: each paragraph's own, its last one followed by the blank line, which is what
     * LanguageTool's splitter gives for the whole text (it always breaks at a blank line). Where that does not hold
     * exactly (an empty paragraph), the whole text is split as LanguageTool would.
     */
    private List<String> sentencesOf(List<String> paragraphs, String text, boolean moreFollow, int[] paragraphEnds) {
        List<String> sentences = new ArrayList<>();
        int length = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            List<String> own = paragraph.isEmpty() ? List.of() : splits.get(paragraph, this::sentenceTokenize);
            if (own.isEmpty() && paragraphEnds != null) {
                // An empty message: its paragraph break stands as a sentence of its own, checked with nothing.
                boolean breakFollows = i + 1 < paragraphs.size() || moreFollow;
                if (breakFollows) {
                    sentences.add(PARAGRAPH_BREAK);
                    length += PARAGRAPH_BREAK.length();
                }
                paragraphEnds[i] = sentences.size();
                continue;
            }
            if (own.isEmpty()) {
                return sentenceTokenize(text);
            }
            int last = sentences.size() + own.size() - 1;
            sentences.addAll(own);
            boolean breakFollows = i + 1 < paragraphs.size() || moreFollow;
            if (breakFollows) {
                sentences.set(last, sentences.get(last) + PARAGRAPH_BREAK);
            }
            length += paragraph.length() + (breakFollows ? PARAGRAPH_BREAK.length() : 0);
            if (paragraphEnds != null) {
                paragraphEnds[i] = sentences.size();
            }
        }
        if (length != text.length()) {
            return paragraphEnds != null ? null : sentenceTokenize(text);
        }
        return sentences;
    }
}
