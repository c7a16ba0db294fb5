package dev.concord.grammar;

import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.rule.RuleContext;
import dev.concord.rule.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.CleanOverlappingFilter;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * One LanguageTool pass over a document, shared by everything that needs LanguageTool on it: LanguageTool's own rule
 * family, the rule packs (whose rules live in the same LanguageTool objects), and the other rules' tokens. A document's
 * units are joined as paragraphs, so that LanguageTool sees each paragraph whole and in its context; they are split
 * into sentences and analysed once per check and document (kept in the check's {@link RuleContext}), and that one
 * analysis gives both LanguageTool's matches and every rule's tokens.
 */
public final class LanguageToolPass {
    private static final Pattern SUGGESTION_TAG = Pattern.compile("</?suggestion>");

    /**
     * A LanguageTool match placed in a unit.
     *
     * @param start      UTF-16 offset in the unit's text
     * @param textStart  UTF-16 offset in {@link Result#text()}, the document's units joined as paragraphs
     */
    public record UnitMatch(Unit unit, int start, int end, int textStart, int textEnd, RuleMatch match) {
    }

    /** The matches of one pass, and the text that was checked (the document's units joined as paragraphs). */
    public record Result(String text, List<UnitMatch> matches, List<UnitFailure> failures) {
        Result(String text, List<UnitMatch> matches) {
            this(text, matches, List.of());
        }
    }

    /** A unit that LanguageTool could not check (one of its rules threw on it); the others were checked. */
    public record UnitFailure(Unit unit, String message) {
    }

    /**
     * Text of a document below which it is analysed and checked in one piece; above it, in pieces of about this size,
     * on the check's threads (each thread needs its own LanguageTool object, which costs seconds to build the first
     * time: a document must be worth it), and each piece's analysis let go once checked. LanguageTool's rules that
     * look across paragraphs see one piece at a time.
     */
    private static final int PIECE_CHARS = 128 * 1024;

    /**
     * A run of consecutive units analysed together; {@code offset} is where its text starts in the joined text. Its
     * analysis has two readers, the tokens for the other rules and the LanguageTool check. It is made when the first
     * asks, the tokens are made from it at once (the check's rules nearly always read them: names, variants, terms),
     * and it is let go once checked. When the check comes first (LanguageTool's or the packs' document rule before
     * the rules that read tokens, as with the default rules and no termbase), a long document holds one piece's
     * analysis per thread instead of LanguageTool's readings of every word (some 200 MB for a 100,000-unit file);
     * when a unit rule takes the tokens first (terms), each piece keeps its analysis until it is checked. A reader that
     * comes again (none does in a check) gets the piece analysed again.
     */
    static final class Piece {
        private final int offset;
        private final java.util.function.Supplier<PreparedLanguageTool.Analysis> analyse;
        private final LexicalAnalysis lexical;
        private PreparedLanguageTool.Analysis analysis;
        private List<Token> tokens;
        private boolean checked;

        Piece(int offset, java.util.function.Supplier<PreparedLanguageTool.Analysis> analyse, LexicalAnalysis lexical) {
            this.offset = offset;
            this.analyse = analyse;
            this.lexical = lexical;
        }

        int offset() {
            return offset;
        }

        /** The analysis, for the LanguageTool check; let go afterwards. */
        synchronized PreparedLanguageTool.Analysis forCheck() {
            PreparedLanguageTool.Analysis a = analysis != null ? analysis : analyse();
            checked = true;
            analysis = null;
            return a;
        }

        /** The tokens, in the joined text's offsets; handed out once. */
        synchronized List<Token> takeTokens() {
            if (tokens == null) {
                analyse();
            }
            List<Token> t = tokens;
            tokens = null;
            if (checked) {
                analysis = null;
            }
            return t;
        }

        private PreparedLanguageTool.Analysis analyse() {
            PreparedLanguageTool.Analysis a = analyse.get();
            List<Token> shifted = new ArrayList<>();
            for (Token k : LanguageToolAnalyzer.tokens(a.analyzed(), lexical)) {
                shifted.add(new Token(k.start() + offset, k.end() + offset, k.text(), k.lemmas(), k.tags(),
                        k.sentenceStart()));
            }
            tokens = shifted;
            analysis = checked ? null : a;
            return a;
        }
    }

    /** A document's units (or their sources) joined, split and analysed, in pieces, with where each unit starts. */
    record DocumentAnalysis(List<Piece> pieces, int[] starts, String text) {
    }

    private record Key(Document document, String language, boolean ownRules) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.document == document && k.language.equals(language) && k.ownRules == ownRules;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(document) * 31 + language.hashCode() + (ownRules ? 1 : 0);
        }
    }

    private record AnalysisKey(Document document, String language, boolean source) {
        @Override
        public boolean equals(Object o) {
            return o instanceof AnalysisKey k && k.document == document && k.language.equals(language)
                    && k.source == source;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(document) * 31 + language.hashCode() + (source ? 1 : 0);
        }
    }

    /** A match and its offsets in the joined text. */
    private record Placed(RuleMatch match, int from, int to, String failure) {
        Placed(RuleMatch match, int from, int to) {
            this(match, from, to, null);
        }
    }

    private LanguageToolPass() {
    }

    /**
     * The matches of every active rule of the LanguageTool objects, LanguageTool's own and the added ones (rule
     * packs), in one LanguageTool check of the document.
     */
    public static Result allRules(Document document, Language language, LanguageToolPools pools,
            RuleContext context) {
        return context.memo(new Key(document, language.getShortCodeWithCountryAndVariant(), true),
                () -> run(document, language, pools, context, true));
    }

    /**
     * The matches of the added rules only, on LanguageTool's analysis of the document, without running LanguageTool's
     * own rules: what the rule packs need when LanguageTool's grammar and spelling rules are turned off.
     */
    public static Result addedRulesOnly(Document document, Language language, LanguageToolPools pools,
            RuleContext context) {
        return context.memo(new Key(document, language.getShortCodeWithCountryAndVariant(), false),
                () -> run(document, language, pools, context, false));
    }

    /**
     * The tokens of each unit of a document (of its source texts when {@code source}), in unit order, from the
     * analysis that the document's LanguageTool pass checks too, so that the text is analysed once for every rule.
     */
    static List<List<Token>> unitTokens(Document document, boolean source, Language language, LanguageToolPools pools,
            RuleContext context) {
        DocumentAnalysis a = analysis(document, source, language, pools, context);
        List<java.util.function.Supplier<List<Token>>> work = new ArrayList<>();
        for (Piece piece : a.pieces()) {
            work.add(piece::takeTokens);
        }
        List<Token> all = new ArrayList<>();
        for (List<Token> own : context.inParallel(work)) {
            all.addAll(own);
        }
        List<Unit> units = document.units();
        List<List<Token>> out = new ArrayList<>(units.size());
        int t = 0;
        for (int i = 0; i < units.size(); i++) {
            int from = a.starts()[i];
            int to = from + paragraph(units.get(i), source).length();
            List<Token> own = new ArrayList<>();
            while (t < all.size() && all.get(t).start() < to) {
                Token k = all.get(t++);
                if (k.start() >= from) {
                    own.add(new Token(k.start() - from, Math.min(k.end(), to) - from, k.text(), k.lemmas(), k.tags(),
                            k.sentenceStart() || own.isEmpty()));
                }
            }
            out.add(own);
        }
        return out;
    }

    /** LanguageTool marks suggestions in its messages with {@code <suggestion>} tags: show them as quotes. */
    public static String plainMessage(String message) {
        return SUGGESTION_TAG.matcher(message).replaceAll("\"");
    }

    private static String paragraph(Unit unit, boolean source) {
        String text = source ? unit.source() : unit.text();
        return text == null ? "" : text;
    }

    /** A document's units (or sources) joined, split and analysed once per check, in pieces when it is long. */
    private static DocumentAnalysis analysis(Document document, boolean source, Language language,
            LanguageToolPools pools, RuleContext context) {
        return context.memo(new AnalysisKey(document, language.getShortCodeWithCountryAndVariant(), source), () -> {
            List<Unit> units = document.units();
            List<String> paragraphs = new ArrayList<>(units.size());
            int[] starts = new int[units.size()];
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < units.size(); i++) {
                if (i > 0) {
                    text.append(PreparedLanguageTool.PARAGRAPH_BREAK);
                }
                starts[i] = text.length();
                String p = paragraph(units.get(i), source);
                paragraphs.add(p);
                text.append(p);
            }
            int pieces = Math.max(1, text.length() / PIECE_CHARS);
            LexicalAnalysis lexical = pools.lexical(language);
            boolean independent = document.unitsAreIndependent();
            List<Piece> work = new ArrayList<>();
            int from = 0;
            for (int k = 0; k < pieces; k++) {
                int to = k + 1 == pieces ? units.size() : unitAt(starts, (int) ((long) text.length() * (k + 1) / pieces));
                if (to <= from) {
                    continue;
                }
                List<String> own = paragraphs.subList(from, to);
                int offset = starts[from];
                boolean moreFollow = to < units.size();
                // Light objects analyse: a check with LanguageTool's grammar off never builds a full one.
                String phase = "analyse: LanguageTool " + language.getShortCodeWithCountryAndVariant()
                        + (source ? " (source)" : "");
                work.add(new Piece(offset, () -> context.profile().time(phase,
                        () -> pools.withPrepared(language, false, lt -> lt.analyze(own, moreFollow, independent))),
                        lexical));
                from = to;
            }
            return new DocumentAnalysis(List.copyOf(work), starts, text.toString());
        });
    }

    private static Result run(Document document, Language language, LanguageToolPools pools, RuleContext context,
            boolean ownRules) {
        List<Unit> units = document.units();
        if (units.isEmpty()) {
            return new Result("", List.of());
        }
        List<Rule> added = pools.addedRules().rulesFor(language);
        DocumentAnalysis a = analysis(document, false, language, pools, context);
        if (!ownRules && added.isEmpty()) {
            return new Result(a.text(), List.of());
        }
        List<java.util.function.Supplier<List<Placed>>> work = new ArrayList<>();
        for (Piece piece : a.pieces()) {
            work.add(() -> {
                List<Placed> found = new ArrayList<>();
                if (ownRules) {
                    PreparedLanguageTool.Analysis analysis = piece.forCheck();
                    List<PreparedLanguageTool.Failure> failures = new ArrayList<>();
                    List<RuleMatch> all = pools.withPrepared(language, true, lt -> lt.check(analysis, failures));
                    for (PreparedLanguageTool.Failure f : failures) {
                        found.add(new Placed(null, piece.offset() + f.offset(), piece.offset() + f.offset(),
                                f.message()));
                    }
                    if (!added.isEmpty()) {
                        all = withoutOverlaps(all, language, pools.addedRules());
                    }
                    for (RuleMatch m : all) {
                        found.add(new Placed(m, piece.offset() + m.getFromPos(), piece.offset() + m.getToPos()));
                    }
                } else {
                    PreparedLanguageTool.Analysis analysis = piece.forCheck();
                    for (Placed p : pools.withPrepared(language, false,
                            lt -> checkAnalyzed(lt, analysis.analyzed(), added))) {
                        found.add(new Placed(p.match(), piece.offset() + p.from(), piece.offset() + p.to()));
                    }
                }
                return found;
            });
        }
        int[] starts = a.starts();
        List<UnitMatch> placed = new ArrayList<>();
        List<UnitFailure> failed = new ArrayList<>();
        for (List<Placed> found : context.inParallel(work)) {
            for (Placed p : found) {
                if (p.failure() != null) {
                    failed.add(new UnitFailure(units.get(unitAt(starts, p.from())), p.failure()));
                    continue;
                }
                RuleMatch match = p.match();
                int from = p.from();
                int to = p.to();
                int index = unitAt(starts, from);
                Unit unit = units.get(index);
                int start = from - starts[index];
                int end = Math.min(to - starts[index], unit.text().length());
                if (start < 0 || start > unit.text().length() || end < start) {
                    continue;
                }
                placed.add(new UnitMatch(unit, start, end, from, to, match));
            }
        }
        return new Result(a.text(), List.copyOf(placed), List.copyOf(failed));
    }

    /**
     * What LanguageTool's own overlap filter would have left of its own rules' matches (the pools turn it off where
     * rules are added, so that added rules and LanguageTool's own do not hide each other), and every added rule's match.
     */
    private static List<RuleMatch> withoutOverlaps(List<RuleMatch> matches, Language language, AddedRules added) {
        List<RuleMatch> own = new ArrayList<>(matches.size());
        List<RuleMatch> theirs = new ArrayList<>();
        for (RuleMatch m : matches) {
            (added.owns(m.getRule()) ? theirs : own).add(m);
        }
        List<RuleMatch> out = new ArrayList<>(new CleanOverlappingFilter(language, false).filter(own));
        out.addAll(theirs);
        return out;
    }

    /**
     * Runs only {@code rules} on LanguageTool's analysis of a text: without the thousands of rules of a full check.
     * Positions are made relative to the text.
     */
    private static List<Placed> checkAnalyzed(JLanguageTool lt, List<AnalyzedSentence> analyzed, List<Rule> rules)
            throws java.io.IOException {
        List<Placed> out = new ArrayList<>();
        int offset = 0;
        for (AnalyzedSentence sentence : analyzed) {
            List<RuleMatch> found = lt.checkAnalyzedSentence(JLanguageTool.ParagraphHandling.NORMAL, rules, sentence,
                    false);
            for (RuleMatch m : found) {
                out.add(new Placed(m, offset + m.getFromPos(), offset + m.getToPos()));
            }
            offset += sentence.getText().length();
        }
        return out;
    }

    private static int unitAt(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
