package dev.concord.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Pair patterns ({@code docs/fr/{path}}) match and expand the relative paths of paired files. */
class PairPatternTest {

    @Test
    void aLeadingDotSlashIsTheSameFolder() {
        // Found by the .concord.yml fuzz target: the {path} position was taken before "./" was removed.
        PairPattern p = PairPattern.compile("./docs/fr/{path}");
        assertEquals("a/b.md", p.match("docs/fr/a/b.md"));
        assertEquals("docs/fr/x.md", p.expand("x.md"));
    }
}
