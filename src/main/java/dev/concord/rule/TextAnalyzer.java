package dev.concord.rule;

import com.ibm.icu.util.ULocale;
import java.util.List;

/** Splits text into tokens with lemmas and tags for a language. Thread-safe. */
public interface TextAnalyzer {
    List<Token> analyze(String text, ULocale locale);
}
