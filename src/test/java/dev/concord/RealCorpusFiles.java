package dev.concord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Where tests find real content: the folder {@code bench/real-corpus/fetch.sh} fetched, and the files under a root. */
public final class RealCorpusFiles {
    private RealCorpusFiles() {
    }

    /** The fetched real-content corpus named by {@code CONCORD_REAL_CORPUS}; the test is skipped, saying why, without. */
    public static Path fetchedOrSkip() {
        String where = System.getenv("CONCORD_REAL_CORPUS");
        Assumptions.assumeTrue(where != null && Files.isDirectory(Path.of(where)),
                "CONCORD_REAL_CORPUS names no folder (fetch it with bench/real-corpus/fetch.sh DIR)");
        return Path.of(where);
    }

    /** The regular files under {@code root} whose path matches {@code accept}, in sorted order. */
    public static List<Path> under(Path root, Predicate<Path> accept) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(accept).sorted().toList();
        }
    }
}
