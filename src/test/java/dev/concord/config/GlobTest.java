package dev.concord.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {
    private static boolean m(String glob, String path) {
        return Glob.compile(glob).matches(path);
    }

    @Test
    void starsStayInAFolderAndDoubleStarsCrossThem() {
        assertTrue(m("docs/*.md", "docs/a.md"));
        assertFalse(m("docs/*.md", "docs/sub/a.md"));
        assertTrue(m("docs/**/*.md", "docs/a.md"));
        assertTrue(m("docs/**/*.md", "docs/sub/deeper/a.md"));
        assertTrue(m("**/*.md", "a.md"));
        assertTrue(m("**/*.md", "x/y/a.md"));
        assertFalse(m("**/*.md", "x/y/a.txt"));
        assertTrue(m("docs/fr/**", "docs/fr/a/b.md"));
        assertFalse(m("docs/fr/**", "docs/french/a.md"));
        assertTrue(m("docs/?r/*.md", "docs/fr/a.md"));
    }

    @Test
    void aFolderStandsForEverythingBelowIt() {
        assertTrue(m("docs/fr", "docs/fr/a.md"));
        assertTrue(m("docs/fr/", "docs/fr/sub/a.md"));
        assertFalse(m("docs/fr", "docs/frx/a.md"));
        assertTrue(m("/docs", "docs/a.md"), "a leading / anchors, as in .gitignore");
    }

    @Test
    void aGlobWithoutSlashMatchesANameAtAnyDepth() {
        assertTrue(m("*.draft.md", "docs/fr/a.draft.md"));
        assertTrue(m("drafts", "docs/drafts/a.md"));
        assertFalse(m("drafts", "docs/drafts.md"));
        assertTrue(m("README.md", "README.md"));
    }

    @Test
    void bracesAndClassesChoose() {
        assertTrue(m("docs/{fr,de}/**", "docs/de/a.md"));
        assertFalse(m("docs/{fr,de}/**", "docs/es/a.md"));
        assertTrue(m("*.[mt]d", "a.md"));
        assertFalse(m("*.[!m]d", "a.md"));
        assertTrue(m("a+b (1).md", "a+b (1).md"), "regex characters are literal");
    }

    @Test
    void pathsOutsideTheFolderNeverMatch() {
        assertFalse(m("**", "../x/a.md"));
    }

    @Test
    void malformedGlobsAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> Glob.compile("docs/{fr,de"));
        assertThrows(IllegalArgumentException.class, () -> Glob.compile("docs/[ab"));
        assertThrows(IllegalArgumentException.class, () -> Glob.compile("docs\\fr"));
        assertThrows(IllegalArgumentException.class, () -> Glob.compile(" "));
    }
}
