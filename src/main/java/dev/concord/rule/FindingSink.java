package dev.concord.rule;

/** Where rules report what they find. Thread-safe. */
@FunctionalInterface
public interface FindingSink {
    void report(Finding finding);
}
