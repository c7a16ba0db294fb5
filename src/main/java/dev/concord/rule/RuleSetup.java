package dev.concord.rule;

import java.util.Map;
import java.util.Optional;

/**
 * What a checker was built with, as rule providers see it: its components (termbases, rule packs, name tables) by
 * type, and free-form options by name.
 */
public interface RuleSetup {
    /** The component of this type the checker was given, if any. */
    <T> Optional<T> component(Class<T> type);

    /** Options by name, as set with {@code CheckerBuilder.option}. */
    Map<String, String> options();
}
