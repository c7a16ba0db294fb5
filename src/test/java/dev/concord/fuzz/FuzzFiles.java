package dev.concord.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts a fuzz input in a file, for the readers that take a path (termbases, config files, baselines, rule packs). One
 * folder per process, in memory when the machine has {@code /dev/shm}, since a fuzz run writes millions of files.
 */
final class FuzzFiles {
    private static final Path FOLDER = createFolder();

    private FuzzFiles() {
    }

    /** {@code bytes} as the file {@code relativePath} of a fresh folder of its own, parents created. */
    static Path write(String relativePath, byte[] bytes) {
        try {
            Path file = FOLDER.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fuzz input", e);
        }
    }

    /** The folder the files of {@link #write} are in. */
    static Path folder() {
        return FOLDER;
    }

    /** Removes the folder and what the fuzz inputs left in it, so that /dev/shm does not fill over many runs. */
    private static void deleteAll(Path folder) {
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Left for the system's own cleaning of temporary files.
        }
    }

    private static Path createFolder() {
        try {
            Path shm = Path.of("/dev/shm");
            Path folder = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "concord-fuzz")
                    : Files.createTempDirectory("concord-fuzz");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for fuzz inputs", e);
        }
    }
}
