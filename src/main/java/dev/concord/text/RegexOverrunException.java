package dev.concord.text;

/**
 * Thrown when a regular expression used up its step budget on one input (see {@link BoundedRegex}): the match was
 * abandoned, not decided.
 */
public final class RegexOverrunException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pattern;
    private final int inputLength;
    private final long budget;

    RegexOverrunException(String pattern, int inputLength, long budget) {
        super("regular expression \"" + pattern + "\" gave up after " + budget + " steps on " + inputLength
                + " characters (it backtracks too much)", null, false, false);
        this.pattern = pattern;
        this.inputLength = inputLength;
        this.budget = budget;
    }

    /** The regular expression, as written. */
    public String pattern() {
        return pattern;
    }

    /** The steps it was allowed. */
    public long budget() {
        return budget;
    }

    /** The length of the text it was matched against. */
    public int inputLength() {
        return inputLength;
    }
}
