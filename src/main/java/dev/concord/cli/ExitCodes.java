package dev.concord.cli;

/** The exit codes of the {@code concord} command. */
final class ExitCodes {
    /** Nothing at or above the --fail-on severity. */
    static final int CLEAN = 0;
    /** Issues at or above the --fail-on severity. */
    static final int ISSUES = 1;
    /** A usage, input or configuration error. */
    static final int INPUT_ERROR = 2;

    private ExitCodes() {
    }
}
