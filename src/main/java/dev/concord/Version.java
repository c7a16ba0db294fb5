package dev.concord;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Concord's version, and the LanguageTool version it was built with. */
public final class Version {
    private static final Properties PROPERTIES = load();

    private Version() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // No version file (a build that skipped resources): report "unknown" below.
        }
        return p;
    }

    /** Concord's version, such as 0.1.0. */
    public static String concord() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /** The LanguageTool version Concord was built with. */
    public static String languageTool() {
        return PROPERTIES.getProperty("languagetool", "unknown");
    }
}
