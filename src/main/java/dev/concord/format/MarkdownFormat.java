package dev.concord.format;

import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Unit;
import dev.concord.text.Links;
import dev.concord.text.OffsetMap;
import dev.concord.text.SourceText;
import dev.concord.text.TextRange;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown (CommonMark with GitHub tables): each paragraph, heading and table cell is a unit, numbered from 1.
 * Front matter, code blocks and inline code, HTML, link targets and images are not prose: inline code and URLs stay
 * in the unit's text (so that sentences keep their shape for grammar checking) but are protected, and the rest is
 * left out. Every character of a unit maps back to its line and column in the file.
 */
public final class MarkdownFormat implements DocumentFormat {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(TablesExtension.create()))
            .build();
    private static final Pattern ENTITY = Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public List<String> extensions() {
        return List.of("md", "markdown", "mdown", "mkd");
    }

    /**
     * Inline markers ({@code * _ ~ [}) one paragraph may hold. commonmark nests inline nodes once per marker pair and
     * walks them recursively, so this bounds the stack that parsing needs; real paragraphs hold a few dozen.
     */
    static final int MAX_INLINE_MARKERS = 100_000;
    /**
     * The stack of the thread that parses: commonmark's inline parser recurses once per nesting level, which a
     * default thread stack (often 1 MB) cannot hold for a paragraph near {@link #MAX_INLINE_MARKERS}. Only the pages
     * a parse touches are ever committed.
     */
    private static final long PARSE_STACK_BYTES = 64L << 20;

    @Override
    public Document read(InputFile file, ReadOptions options) throws IOException {
        SourceText text = file.text();
        requireBoundedNesting(text.name(), text.content());
        return onLargeStack(() -> units(text, options.targetLocale(), options.sourceLocale()));
    }

    /**
     * The prose units of a Markdown text.
     *
     * @throws IllegalArgumentException when a paragraph holds more than {@link #MAX_INLINE_MARKERS} inline markers
     */
    public static Document parse(SourceText text, String targetLocale, String sourceLocale) {
        try {
            requireBoundedNesting(text.name(), text.content());
        } catch (InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return onLargeStack(() -> units(text, targetLocale, sourceLocale));
    }

    private static Document units(SourceText text, String targetLocale, String sourceLocale) {
        String content = text.content();
        Node root = PARSER.parse(withoutFrontMatter(content));
        List<Unit> units = new ArrayList<>();
        collectBlocks(root, content, units);
        return new Document(text, null, "markdown", targetLocale, sourceLocale, units);
    }

    /**
     * Where the HTML comments of a Markdown text are ({@code <!-- ... -->}, in HTML blocks and inline HTML), as
     * ranges of the text; comments inside code blocks, inline code and front matter are not comments. A text nested
     * beyond what Concord reads has none.
     */
    public static List<TextRange> htmlComments(String content) {
        try {
            requireBoundedNesting(null, content);
        } catch (InputException e) {
            return List.of(); // reading the file itself says what is wrong
        }
        Node root = onLargeStack(() -> PARSER.parse(withoutFrontMatter(content)));
        List<TextRange> comments = new ArrayList<>();
        // Walked with a stack of its own, not recursively: block quotes and lists may nest very deep.
        Deque<Node> pending = new ArrayDeque<>();
        pushChildren(root, pending);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                List<SourceSpan> spans = node.getSourceSpans();
                if (!spans.isEmpty()) {
                    int from = spans.get(0).getInputIndex();
                    SourceSpan last = spans.get(spans.size() - 1);
                    int to = Math.min(content.length(), last.getInputIndex() + last.getLength());
                    Matcher m = HTML_COMMENT.matcher(content).region(from, to);
                    while (m.find()) {
                        comments.add(new TextRange(m.start(), m.end()));
                    }
                }
            }
            pushChildren(node, pending);
        }
        return comments;
    }

    /** Pushes a node's children so that they pop in document order. */
    private static void pushChildren(Node parent, Deque<Node> pending) {
        for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
        }
    }

    /**
     * Refuses a paragraph (lines between blank lines) with more than {@link #MAX_INLINE_MARKERS} inline markers, at
     * the paragraph's first line. Block nesting needs no bound here: commonmark opens blocks without recursion and
     * Concord walks them with a stack of its own.
     */
    private static void requireBoundedNesting(String name, String content) throws InputException {
        int markers = 0;
        int paragraphStart = 0;
        int line = 1;
        int paragraphLine = 1;
        boolean blankLine = true;
        boolean inFence = false;
        int fenceChar = 0;
        int fenceLength = 0;
        int fenceIndent = 0;
        for (int i = 0; i < content.length(); i++) {
            if (i == 0 || content.charAt(i - 1) == '\n') {
                // Code fences hold no inline markup (a fence also ends a paragraph). Only what surely opens or
                // closes one counts, so that no paragraph can hide its markers behind a fence that is not one.
                int indent = lineStartOf(content, i) - i;
                if (inFence && indent < fenceIndent && !isBlankLine(content, i)) {
                    // Less indented than an indented fence: its list item has ended, and the fence with it; go
                    // back to counting (at worst that counts code, which only refuses sooner).
                    inFence = false;
                }
                int fence = fenceAt(content, i, inFence);
                if (fence != 0 && (!inFence || fence / 1000 == fenceChar && fence % 1000 >= fenceLength)) {
                    // Opened, or closed by the same character at least as many times, as CommonMark closes it.
                    inFence = !inFence;
                    fenceChar = fence / 1000;
                    fenceLength = fence % 1000;
                    fenceIndent = indent;
                    markers = 0;
                    paragraphStart = i;
                    paragraphLine = line;
                }
            }
            char c = content.charAt(i);
            if (c == '\n') {
                line++;
                if (blankLine) {
                    markers = 0;
                    paragraphStart = i + 1;
                    paragraphLine = line;
                }
                blankLine = true;
            } else if (inFence) {
                blankLine = false;
            } else if (c == '*' || c == '_' || c == '~' || c == '[') {
                blankLine = false;
                if (++markers > MAX_INLINE_MARKERS) {
                    int column = 1 + content.codePointCount(paragraphStart, lineStartOf(content, paragraphStart));
                    throw new InputException(name, paragraphLine, column, "this paragraph holds more than "
                            + MAX_INLINE_MARKERS + " emphasis and link markers (* _ ~ [), more than Concord reads "
                            + "nested in one paragraph; split it with blank lines");
                }
            } else if (c != ' ' && c != '\t' && c != '\r') {
                blankLine = false;
            }
        }
    }

    /**
     * The code fence the line at {@code lineStart} holds, as its character × 1000 + its length (at most 999 counted),
     * or 0: at most three spaces, then three or more backticks (with no backtick after them) or tildes; a closing
     * fence has nothing but spaces after them.
     */
    private static int fenceAt(String content, int lineStart, boolean closing) {
        int at = lineStart;
        while (at < content.length() && at - lineStart < 3 && content.charAt(at) == ' ') {
            at++;
        }
        if (at >= content.length() || content.charAt(at) != '`' && content.charAt(at) != '~') {
            return 0;
        }
        char c = content.charAt(at);
        int run = at;
        while (run < content.length() && content.charAt(run) == c) {
            run++;
        }
        if (run - at < 3) {
            return 0;
        }
        int end = content.indexOf('\n', run);
        String rest = content.substring(run, end < 0 ? content.length() : end);
        if (closing ? !rest.isBlank() : c == '`' && rest.indexOf('`') >= 0) {
            return 0;
        }
        return c * 1000 + Math.min(999, run - at);
    }

    /** True when the line starting at {@code from} holds only spaces and tabs. */
    private static boolean isBlankLine(String content, int from) {
        int at = lineStartOf(content, from);
        return at >= content.length() || content.charAt(at) == '\n' || content.charAt(at) == '\r';
    }

    /** The offset where the first non-blank character of the line starting at {@code from} stands. */
    private static int lineStartOf(String content, int from) {
        int i = from;
        while (i < content.length() && (content.charAt(i) == ' ' || content.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Runs {@code work} on a thread of its own whose stack is {@link #PARSE_STACK_BYTES}, and waits for it. */
    private static <T> T onLargeStack(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(null, task, "concord-markdown", PARSE_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading Markdown", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void collectBlocks(Node root, String content, List<Unit> units) {
        // Walked with a stack of its own, not recursively: block quotes and lists may nest very deep.
        Deque<Node> pending = new ArrayDeque<>();
        pushChildren(root, pending);
        while (!pending.isEmpty()) {
            Node child = pending.pop();
            if (child instanceof Paragraph || child instanceof Heading || child instanceof TableCell) {
                Unit unit = proseUnit(child, content, units.size() + 1);
                if (unit != null) {
                    units.add(unit);
                }
            } else {
                // Lists, block quotes, tables hold prose blocks; code and HTML blocks hold no children.
                pushChildren(child, pending);
            }
        }
    }

    private static Unit proseUnit(Node block, String content, int number) {
        Inlines inlines = new Inlines(content);
        inlines.collect(block);
        String unitText = inlines.text.text();
        if (unitText.isBlank()) {
            return null;
        }
        List<TextRange> protectedRanges = new ArrayList<>(inlines.protectedRanges);
        for (TextRange link : Links.find(unitText)) {
            protectedRanges.add(link);
        }
        return Unit.builder(String.valueOf(number), unitText)
                .textMap(inlines.text.map())
                .protectedRanges(protectedRanges)
                .build();
    }

    /** Builds a unit's text from a block's inline nodes, with the map back to the file. */
    private static final class Inlines {
        private final String content;
        private final OffsetMap.Builder text = new OffsetMap.Builder();
        private final List<TextRange> protectedRanges = new ArrayList<>();

        Inlines(String content) {
            this.content = content;
        }

        void collect(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    appendAligned(t.getLiteral(), n.getSourceSpans());
                } else if (n instanceof Code code) {
                    int start = text.length();
                    appendInside(code.getLiteral(), n.getSourceSpans());
                    protectedRanges.add(new TextRange(start, text.length()));
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    text.synthetic("\n");
                } else if (n instanceof Image || n instanceof HtmlInline) {
                    // Not prose: an image's alt text is a unit of its own kind, HTML is markup.
                    continue;
                } else if (n instanceof Link link && isAutolink(link)) {
                    int start = text.length();
                    collect(n);
                    protectedRanges.add(new TextRange(start, text.length()));
                } else {
                    collect(n);
                }
            }
        }

        private static boolean isAutolink(Link link) {
            if (!(link.getFirstChild() instanceof Text t) || t.getNext() != null) {
                return false;
            }
            String dest = link.getDestination();
            return dest.equals(t.getLiteral()) || dest.equals("mailto:" + t.getLiteral());
        }

        /** Appends a literal that stands in the file with its delimiters around it (inline code). */
        private void appendInside(String literal, List<SourceSpan> spans) {
            if (spans.size() == 1) {
                SourceSpan span = spans.get(0);
                int at = content.indexOf(literal, span.getInputIndex());
                if (at >= 0 && at + literal.length() <= span.getInputIndex() + span.getLength()) {
                    text.copied(literal, at);
                    return;
                }
            }
            appendAligned(literal, spans);
        }

        /**
         * Appends a text node's literal, mapping each character to where it stands in the file: the literal differs
         * from the file where the file escapes a character or writes an entity.
         */
        private void appendAligned(String literal, List<SourceSpan> spans) {
            if (spans.isEmpty()) {
                text.synthetic(literal);
                return;
            }
            int from = spans.get(0).getInputIndex();
            SourceSpan last = spans.get(spans.size() - 1);
            int to = last.getInputIndex() + last.getLength();
            if (to - from == literal.length() && content.startsWith(literal, from)) {
                text.copied(literal, from);
                return;
            }
            int i = from;
            int j = 0;
            while (j < literal.length()) {
                char want = literal.charAt(j);
                if (i < to && content.charAt(i) == want) {
                    text.copied(String.valueOf(want), i);
                    i++;
                    j++;
                    continue;
                }
                if (i + 1 < to && content.charAt(i) == '\\' && ASCII_PUNCTUATION.indexOf(content.charAt(i + 1)) >= 0
                        && content.charAt(i + 1) == want) {
                    text.copied(String.valueOf(want), i + 1);
                    i += 2;
                    j++;
                    continue;
                }
                if (i < to && content.charAt(i) == '&') {
                    Matcher m = ENTITY.matcher(content).region(i, to);
                    if (m.lookingAt()) {
                        // The entity decodes to one character (two for a surrogate pair).
                        int n = Character.isHighSurrogate(want) && j + 1 < literal.length() ? 2 : 1;
                        text.synthetic(literal.substring(j, j + n));
                        j += n;
                        i = m.end();
                        continue;
                    }
                }
                int next = nextWithin(want, i, Math.min(to, i + 9));
                if (next >= 0) {
                    i = next;
                    continue;
                }
                text.synthetic(String.valueOf(want));
                j++;
            }
        }

        private int nextWithin(char c, int from, int to) {
            for (int k = from; k < to; k++) {
                if (content.charAt(k) == c) {
                    return k;
                }
            }
            return -1;
        }
    }

    /**
     * Replaces a YAML (---) or TOML (+++) front matter block with spaces, keeping line breaks, so that it is not
     * read as Markdown and every offset after it stays where it was.
     */
    static String withoutFrontMatter(String content) {
        String fence;
        if (content.startsWith("---\n") || content.startsWith("---\r\n")) {
            fence = "---";
        } else if (content.startsWith("+++\n") || content.startsWith("+++\r\n")) {
            fence = "+++";
        } else {
            return content;
        }
        int lineStart = content.indexOf('\n') + 1;
        while (lineStart > 0 && lineStart < content.length()) {
            int lineEnd = content.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? content.length() : lineEnd;
            String line = content.substring(lineStart, end).stripTrailing();
            if (line.equals(fence) || (fence.equals("---") && line.equals("..."))) {
                char[] chars = content.toCharArray();
                for (int k = 0; k < end; k++) {
                    if (chars[k] != '\n' && chars[k] != '\r') {
                        chars[k] = ' ';
                    }
                }
                return new String(chars);
            }
            lineStart = lineEnd < 0 ? -1 : lineEnd + 1;
        }
        return content;
    }
}
