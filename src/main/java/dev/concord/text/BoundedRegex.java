package dev.concord.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches regular expressions that users wrote (rule packs, config) with a bound on the work one match may take, so
 * that catastrophic backtracking ({@code (a|a)+$} on "aaaa…!") ends in a {@link RegexOverrunException} instead of a
 * hung check. {@code java.util.regex} has no timeout; every step of its backtracking engine reads a character,
 * though, so the input is wrapped in a {@link CharSequence} that counts reads and gives up past the budget.
 * A match that runs out of stack (deep recursion on a repeated group) is an overrun too. Thread-safe.
 */
public final class BoundedRegex {
    /**
     * Character reads allowed per character of input, on long inputs. Linear expressions read each character a few
     * times; the budget leaves room for ordinary backtracking and stops exponential or high-degree polynomial blow-up
     * long before it costs seconds.
     */
    public static final long STEPS_PER_CHAR = 1_000;

    /**
     * The budget of any input, however short: ten million reads, about a tenth of a second. It lets an expression that
     * is merely quadratic, such as {@code .*ment} on a paragraph that is one line, through on paragraphs of a few
     * thousand characters; an exponential one overruns it on a few dozen.
     */
    public static final long MIN_STEPS = 10_000_000;

    /**
     * The budget of one {@link #overrunningProbe probe}: the least budget, so that an expression that is merely
     * quadratic on the probe passes and an exponential or cubic one does not.
     */
    public static final long PROBE_STEPS = MIN_STEPS;

    private BoundedRegex() {
    }

    /** The steps a match on {@code length} characters may take: max(MIN_STEPS, STEPS_PER_CHAR × length). */
    public static long budgetFor(int length) {
        return Math.max(MIN_STEPS, STEPS_PER_CHAR * length);
    }

    /**
     * True when {@code pattern} matches somewhere in {@code input}.
     *
     * @throws RegexOverrunException when the match used up its budget
     */
    public static boolean find(Pattern pattern, CharSequence input) {
        return run(pattern, input, false, budgetFor(input.length()));
    }

    /**
     * True when {@code pattern} matches all of {@code input}.
     *
     * @throws RegexOverrunException when the match used up its budget
     */
    public static boolean matches(Pattern pattern, CharSequence input) {
        return run(pattern, input, true, budgetFor(input.length()));
    }

    private static boolean run(Pattern pattern, CharSequence input, boolean whole, long budget) {
        Matcher m = pattern.matcher(new CountedChars(input, new Budget(pattern.pattern(), input.length(), budget)));
        try {
            return whole ? m.matches() : m.find();
        } catch (StackOverflowError e) {
            throw new RegexOverrunException(pattern.pattern(), input.length(), budget);
        }
    }

    /**
     * A matcher whose steps, over all its calls, are bounded by the budget of {@code input}'s length; its calls throw
     * {@link RegexOverrunException} past it. Groups and offsets read as on the input itself. A deep recursion in it
     * throws {@link StackOverflowError}, which callers of this method handle themselves.
     */
    public static Matcher matcher(Pattern pattern, CharSequence input) {
        return pattern.matcher(new CountedChars(input,
                new Budget(pattern.pattern(), input.length(), budgetFor(input.length()))));
    }

    /**
     * A text of {@code length} characters on which {@code pattern} overruns its budget, or null when none of the
     * probes makes it: runs of one character (each character the expression names, and a letter, a capital, a digit,
     * a space and a hyphen), then a character no expression names. That is where an ambiguous repetition such as
     * {@code (a|a)+} or {@code a*a*a*b} backtracks the most. A probe, not a proof: for matching that cannot be bounded
     * as it runs (LanguageTool's own), to refuse such expressions before a check meets them.
     *
     * @param whole true to probe as {@link #matches} does, false as {@link #find} does
     */
    public static String overrunningProbe(Pattern pattern, int length, boolean whole) {
        if (length < 2) {
            return null;
        }
        Set<Character> runs = new LinkedHashSet<>(List.of('a', 'A', '0', ' ', '-'));
        String regex = pattern.pattern();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (!Character.isISOControl(c) && !Character.isSurrogate(c)) {
                runs.add(c);
            }
        }
        for (char c : runs) {
            String probe = String.valueOf(c).repeat(length - 1) + '\u0000';
            try {
                run(pattern, probe, whole, PROBE_STEPS);
            } catch (RegexOverrunException e) {
                return probe;
            }
        }
        return null;
    }

    /** The steps left to one match, shared by the input and the subsequences the engine cuts from it. */
    private static final class Budget {
        final String pattern;
        final int inputLength;
        final long budget;
        long left;

        Budget(String pattern, int inputLength, long budget) {
            this.pattern = pattern;
            this.inputLength = inputLength;
            this.budget = budget;
            this.left = budget;
        }

        void spend() {
            if (--left < 0) {
                throw new RegexOverrunException(pattern, inputLength, budget);
            }
        }
    }

    /** The input as the engine reads it: each {@code charAt} spends one step. */
    private static final class CountedChars implements CharSequence {
        private final CharSequence text;
        private final Budget budget;

        CountedChars(CharSequence text, Budget budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            budget.spend();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountedChars(text.subSequence(start, end), budget);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
