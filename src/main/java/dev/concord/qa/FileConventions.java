package dev.concord.qa;

import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.rule.RuleContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A file's own conventions: what its translators do in most of the units where a question arises. The French team of
 * a catalog that starts every option's help with a capital ("Afficher ..." for "display ..."), or the German team
 * that ends every message with a full stop, chose a style; a QA check that reports each such unit buries the few
 * units that depart from the file's own choice. So a departure from the source that a large share of the file makes
 * is the file's convention and is not reported; the same departure in a few units of a file is.
 */
final class FileConventions {
    /** Departures below this count are never a convention: two units prove nothing. */
    static final int MIN_UNITS = 3;
    /** The share of the units where the question arises that must depart for the departure to be the convention. */
    static final double MIN_SHARE = 0.4;

    /** An answer of {@code answer}: the question does not arise in the unit. */
    static final int NOT_ASKED = -1;
    /** An answer of {@code answer}: the unit does as its source does. */
    static final int AS_SOURCE = 0;
    /** An answer of {@code answer}: the unit departs from its source in the way asked about. */
    static final int DEPARTS = 1;

    private FileConventions() {
    }

    /**
     * True when {@code question} (a key naming the rule and the departure) is answered {@link #DEPARTS} by at least
     * {@link #MIN_UNITS} units and {@link #MIN_SHARE} of the units where it arises. Computed once per document (for a
     * file read in parts, once per part: each part holds thousands of units) and kept for the check.
     */
    static boolean isConvention(RuleContext context, Document document, String question, ToIntFunction<Unit> answer) {
        return context.memo(new Key(document, question), () -> {
            int asked = 0;
            int departs = 0;
            for (Unit u : document.units()) {
                int a = answer.applyAsInt(u);
                if (a != NOT_ASKED) {
                    asked++;
                    if (a == DEPARTS) {
                        departs++;
                    }
                }
            }
            return departs >= MIN_UNITS && departs >= MIN_SHARE * asked;
        });
    }

    /** The question a unit answers, and whether it departs from its source in the way asked about. */
    record Answer(String question, boolean departs) {
    }

    /**
     * As {@link #isConvention(RuleContext, Document, String, ToIntFunction)} for a rule whose units each answer one of
     * several questions, at a cost that makes one pass worth it (text facts of both sides): every unit is asked once,
     * for all the questions of {@code family}; {@code answerOf} gives null where no question arises.
     */
    static boolean isConvention(RuleContext context, Document document, String family, String question,
            Function<Unit, Answer> answerOf) {
        Map<String, int[]> tallies = context.memo(new Key(document, family + "\u0000*"), () -> {
            Map<String, int[]> out = new HashMap<>();
            for (Unit u : document.units()) {
                Answer a = answerOf.apply(u);
                if (a != null) {
                    int[] t = out.computeIfAbsent(a.question(), k -> new int[2]);
                    t[0]++;
                    t[1] += a.departs() ? 1 : 0;
                }
            }
            return out;
        });
        int[] t = tallies.getOrDefault(question, new int[2]);
        return t[1] >= MIN_UNITS && t[1] >= MIN_SHARE * t[0];
    }

    /** A document by identity (two parts of one file are two documents), and the question. */
    private record Key(Document document, String question) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.document == document && k.question.equals(question);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(document) * 31 + question.hashCode();
        }
    }
}
