package dev.concord.config;

import dev.concord.InputException;
import dev.concord.format.TextDecoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.LoadSettingsBuilder;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The one place where Concord's YAML files ({@code .concord.yml}, the server's config) get their snakeyaml-engine
 * settings and are read: at most 1 MB of strict UTF-8, aliases of collections bounded (no "billion laughs"), no
 * recursive keys, and collections nested at most {@link #MAX_NESTING_DEPTH} deep, checked on the parser's events
 * before anything recursive (the composer, the constructor) sees the document.
 */
public final class SafeYaml {
    /** Config files are small; a bigger one is a mistake (or an attack on the parser). */
    public static final int MAX_BYTES = 1 << 20;
    /** Code points in one document: no more than the bytes allowed. */
    public static final int MAX_CODE_POINTS = MAX_BYTES;
    /** Aliases of a mapping or sequence in one document (a real config has none or a few). */
    public static final int MAX_ALIASES_FOR_COLLECTIONS = 20;
    /** Mappings and sequences nest at most this deep (a real config nests three). */
    public static final int MAX_NESTING_DEPTH = 64;

    private SafeYaml() {
    }

    /** Settings with every limit set, for the file named {@code label} in messages. */
    public static LoadSettingsBuilder settings(String label) {
        return LoadSettings.builder()
                .setLabel(label)
                .setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true);
    }

    /** Reads a YAML file's text: at most {@link #MAX_BYTES}, strict UTF-8 (bad bytes named by line and column). */
    public static String readText(Path file, String name) throws InputException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(name, 0, 0, "config file larger than " + (MAX_BYTES >> 20) + " MB");
            }
            String text = TextDecoding.decode(Files.readAllBytes(file), name);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (InputException e) {
            throw e;
        } catch (IOException e) {
            throw new InputException(name, 0, 0, "cannot read config file: " + e.getMessage());
        }
    }

    /**
     * Refuses collections nested deeper than {@link #MAX_NESTING_DEPTH}, and more than
     * {@link #MAX_ALIASES_FOR_COLLECTIONS} aliases of collections, at the first one too many. The parser is a state
     * machine; the composer that follows recurses once per level and reports its alias limit without a position, so
     * this check comes first.
     *
     * @throws YamlEngineException for a document that is not YAML (the caller reports it as it reports others)
     */
    public static void requireBounded(String text, LoadSettings settings, String name) throws InputException {
        int depth = 0;
        int collectionAliases = 0;
        Set<Anchor> collectionAnchors = new HashSet<>();
        // The anchors of the collections open at this point: an alias of one of them is a collection inside itself.
        Deque<Optional<Anchor>> openAnchors = new ArrayDeque<>();
        for (Event event : new Parse(settings).parseString(text)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    Optional<Anchor> anchor = ((NodeEvent) event).getAnchor();
                    anchor.ifPresent(collectionAnchors::add);
                    openAnchors.push(anchor);
                    if (++depth > MAX_NESTING_DEPTH) {
                        throw at(name, event, "mappings and lists nest deeper than " + MAX_NESTING_DEPTH
                                + " levels, Concord's limit for YAML");
                    }
                }
                case MappingEnd, SequenceEnd -> {
                    depth--;
                    openAnchors.pop();
                }
                case Alias -> {
                    Anchor alias = ((AliasEvent) event).getAlias();
                    if (openAnchors.contains(Optional.of(alias))) {
                        throw at(name, event, "*" + alias.getValue() + " stands inside the mapping or list it names: a "
                                + "recursive alias, which Concord does not read");
                    }
                    if (collectionAnchors.contains(alias)
                            && ++collectionAliases > MAX_ALIASES_FOR_COLLECTIONS) {
                        throw at(name, event, "more than " + MAX_ALIASES_FOR_COLLECTIONS + " aliases of mappings "
                                + "or lists (*name), Concord's limit for YAML: each alias repeats what it names");
                    }
                }
                default -> {
                }
            }
        }
    }

    private static InputException at(String name, Event event, String message) {
        Optional<Mark> mark = event.getStartMark();
        return new InputException(name, mark.map(m -> m.getLine() + 1).orElse(0),
                mark.map(m -> m.getColumn() + 1).orElse(0), message);
    }

    /** An input error for a YAML exception, at its mark when it has one, in one line. */
    public static InputException error(String name, YamlEngineException e, String prefix) {
        if (e instanceof MarkedYamlEngineException marked) {
            Optional<Mark> mark = marked.getProblemMark().or(marked::getContextMark);
            String problem = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
            return new InputException(name, mark.map(m -> m.getLine() + 1).orElse(0),
                    mark.map(m -> m.getColumn() + 1).orElse(0), prefix + oneLine(problem), e);
        }
        return new InputException(name, 0, 0, prefix + oneLine(e.getMessage()), e);
    }

    private static String oneLine(String s) {
        return String.valueOf(s).strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
