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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.AbstractVisitor;
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

    @Override
    public Document read(InputFile file, ReadOptions options) throws IOException {
        SourceText text = file.text();
        try {
            return parse(text, options.targetLocale(), options.sourceLocale());
        } catch (StackOverflowError e) {
            // commonmark's inline parser recurses once per nested emphasis ("*a *a *a ... b***"): a file that nests
            // thousands deep is refused, as the XML readers refuse deep nesting, instead of failing the whole run.
            throw new InputException(text.name(), 0, 0, "Markdown nested too deeply to read");
        }
    }

    /** The prose units of a Markdown text. */
    public static Document parse(SourceText text, String targetLocale, String sourceLocale) {
        String content = text.content();
        Node root = PARSER.parse(withoutFrontMatter(content));
        List<Unit> units = new ArrayList<>();
        collectBlocks(root, content, units);
        return new Document(text, null, "markdown", targetLocale, sourceLocale, units);
    }

    /**
     * Where the HTML comments of a Markdown text are ({@code <!-- ... -->}, in HTML blocks and inline HTML), as
     * ranges of the text; comments inside code blocks, inline code and front matter are not comments.
     */
    public static List<TextRange> htmlComments(String content) {
        Node root = PARSER.parse(withoutFrontMatter(content));
        List<TextRange> comments = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                collect(block.getSourceSpans());
            }

            @Override
            public void visit(HtmlInline inline) {
                collect(inline.getSourceSpans());
            }

            private void collect(List<SourceSpan> spans) {
                if (spans.isEmpty()) {
                    return;
                }
                int from = spans.get(0).getInputIndex();
                SourceSpan last = spans.get(spans.size() - 1);
                int to = Math.min(content.length(), last.getInputIndex() + last.getLength());
                Matcher m = HTML_COMMENT.matcher(content).region(from, to);
                while (m.find()) {
                    comments.add(new TextRange(m.start(), m.end()));
                }
            }
        });
        return comments;
    }

    /**
     * The prose blocks under {@code root}, in document order. Walks with a stack of its own rather than recursion:
     * block quotes and lists nest as deep as a file likes ("> > > ..." fifty thousand times).
     */
    private static void collectBlocks(Node root, String content, List<Unit> units) {
        Deque<Node> next = new ArrayDeque<>();
        next.push(root);
        while (!next.isEmpty()) {
            Node node = next.pop();
            if (node != root && (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell)) {
                Unit unit = proseUnit(node, content, units.size() + 1);
                if (unit != null) {
                    units.add(unit);
                }
                continue;
            }
            // Lists, block quotes, tables hold prose blocks; code and HTML blocks hold no children. Children are
            // pushed last first, so that they come off the stack in order.
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                next.push(child);
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
