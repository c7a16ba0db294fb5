package dev.concord.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The texts that ship with the config reader: the starter {@code .concord.yml} and the JSON Schema of the file. */
public final class StarterConfig {
    private StarterConfig() {
    }

    /** The commented starter file that {@code concord init} writes. */
    public static String text() {
        return resource("starter.concord.yml");
    }

    /** The JSON Schema of {@code .concord.yml} (the repository's {@code schema/concord.schema.json}). */
    public static String schema() {
        return resource("concord.schema.json");
    }

    private static String resource(String name) {
        try (InputStream in = StarterConfig.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/concord/config/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
