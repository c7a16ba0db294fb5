package dev.concord.qa;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import dev.concord.text.InlineCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code qa.tags}: inline codes (XLIFF and TMX codes, and HTML/XML tags written as text) of the source missing from
 * the target, codes the target adds, and codes out of order where order matters: a closing code before its opening
 * code or crossing another pair, and codes the file says may not move (XLIFF 2 {@code canReorder="no"}).
 */
public final class TagRule extends QaRule {
    public TagRule() {
        super("qa.tags", IssueType.MARKUP, Severity.ERROR,
                "inline codes and tags missing, extra or out of order");
    }

    @Override
    public boolean checksProtectedText() {
        return true;
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        if (unit.text().isBlank()) {
            return; // an empty target is qa.empty-target's (or qa.missing-key's) finding, not one per element
        }
        if (!unit.codes().isEmpty() || !unit.sourceCodes().isEmpty()) {
            codes(document, unit, sink);
        }
        if ("html".equals(document.format())) {
            return; // an HTML unit's text holds no markup: a "<" in it was written "&lt;", text, not a tag
        }
        TextFacts target = TextFacts.target(context, document, unit);
        TextFacts source = TextFacts.source(context, document, unit);
        if (!target.tags.isEmpty() || !source.tags.isEmpty()) {
            tags(document, unit, source.tags, target.tags, sink);
        }
    }

    private void codes(Document document, Unit unit, FindingSink sink) {
        List<InlineCode> src = unit.sourceCodes();
        List<InlineCode> tgt = unit.codes();
        Map<String, Integer> wanted = new HashMap<>();
        for (InlineCode c : src) {
            wanted.merge(c.key(), 1, Integer::sum);
        }
        List<InlineCode> extra = new ArrayList<>();
        for (InlineCode c : tgt) {
            Integer n = wanted.get(c.key());
            if (n != null && n > 0) {
                wanted.put(c.key(), n - 1);
            } else {
                extra.add(c);
            }
        }
        for (InlineCode c : src) {
            Integer n = wanted.get(c.key());
            if (n != null && n > 0) {
                wanted.put(c.key(), n - 1);
                int at = Math.min(c.offset(), unit.source().length());
                Finding.onUnit(this, document, unit).source(at, Math.min(at + c.length(), unit.source().length()))
                        .type(IssueType.OMISSION)
                        .message("inline code " + c.markup() + " (" + describe(c) + ") of the source is missing "
                                + "from the target")
                        .fingerprintKey(c.key())
                        .report(sink);
            }
        }
        for (InlineCode c : extra) {
            Finding.on(this, document, unit, c.offset(), c.offset() + c.length())
                    .message("inline code " + c.markup() + " (" + describe(c) + ") is not in the source")
                    .fingerprintKey(c.key())
                    .report(sink);
        }
        // Pairs must open before they close and nest.
        Deque<InlineCode> open = new ArrayDeque<>();
        for (InlineCode c : tgt) {
            if (c.kind() == InlineCode.Kind.OPENING) {
                open.push(c);
            } else if (c.kind() == InlineCode.Kind.CLOSING) {
                String partner = "O" + c.key().substring(1);
                if (open.stream().noneMatch(o -> o.key().equals(partner))) {
                    if (src.stream().anyMatch(o -> o.key().equals(partner))
                            && tgt.stream().anyMatch(o -> o.key().equals(partner))) {
                        Finding.on(this, document, unit, c.offset(), c.offset()).fingerprintKey("order" + c.key())
                                .message("inline code " + c.markup() + " closes before its opening code")
                                .report(sink);
                    }
                    continue;
                }
                if (!open.peek().key().equals(partner)) {
                    Finding.on(this, document, unit, c.offset(), c.offset()).fingerprintKey("nest" + c.key())
                            .message("inline codes cross: " + c.markup() + " closes while "
                                    + open.peek().markup() + " is still open")
                            .report(sink);
                }
                open.removeIf(o -> o.key().equals(partner));
            }
        }
        List<String> fixedSource = src.stream().filter(c -> !c.movable()).map(InlineCode::key).toList();
        List<String> fixedTarget = tgt.stream().filter(c -> !c.movable()).map(InlineCode::key).toList();
        if (!fixedSource.isEmpty() && fixedSource.size() == fixedTarget.size() && !fixedSource.equals(fixedTarget)) {
            Finding.onUnit(this, document, unit).fingerprintKey("reorder")
                    .message("inline codes the file marks canReorder=\"no\" are in another order than in the source")
                    .report(sink);
        }
    }

    private static String describe(InlineCode c) {
        return switch (c.kind()) {
            case OPENING -> "opening";
            case CLOSING -> "closing";
            case STANDALONE -> "standalone";
        } + " code " + c.id();
    }

    private void tags(Document document, Unit unit, List<Tags.Tag> src, List<Tags.Tag> tgt, FindingSink sink) {
        Map<String, Integer> wanted = new HashMap<>();
        for (Tags.Tag t : src) {
            wanted.merge(t.signature(), 1, Integer::sum);
        }
        List<Tags.Tag> extra = new ArrayList<>();
        for (Tags.Tag t : tgt) {
            Integer n = wanted.get(t.signature());
            if (n != null && n > 0) {
                wanted.put(t.signature(), n - 1);
            } else {
                extra.add(t);
            }
        }
        List<Tags.Tag> missing = new ArrayList<>();
        for (Tags.Tag t : src) {
            Integer n = wanted.get(t.signature());
            if (n != null && n > 0) {
                wanted.put(t.signature(), n - 1);
                missing.add(t);
            }
        }
        for (Tags.Tag m : new ArrayList<>(missing)) {
            Tags.Tag changed = extra.stream().filter(e -> e.name().equals(m.name()) && e.kind() == m.kind())
                    .findFirst().orElse(null);
            if (changed != null) {
                extra.remove(changed);
                missing.remove(m);
                Finding.on(this, document, unit, changed.start(), changed.end()).source(m.start(), m.end())
                        .message("tag " + m.text() + " of the source became " + changed.text() + " in the target")
                        .suggest(m.text())
                        .report(sink);
            }
        }
        for (Tags.Tag m : missing) {
            Finding.onUnit(this, document, unit).source(m.start(), m.end()).type(IssueType.OMISSION)
                    .message("tag " + m.text() + " of the source is missing from the target")
                    .fingerprintKey(m.signature())
                    .report(sink);
        }
        for (Tags.Tag e : extra) {
            Finding.on(this, document, unit, e.start(), e.end())
                    .message("tag " + e.text() + " is not in the source")
                    .report(sink);
        }
        if (nests(src) && !nests(tgt) && missing.isEmpty() && extra.isEmpty()) {
            Finding.onUnit(this, document, unit).fingerprintKey("nesting")
                    .message("the tags of the target do not nest as the source's do (a closing tag before its "
                            + "opening tag, or two pairs crossing)")
                    .report(sink);
        }
    }

    /** True when opening and closing tags pair up and nest (tags that never close, such as br, are left out). */
    private static boolean nests(List<Tags.Tag> tags) {
        Map<String, Integer> closes = new HashMap<>();
        for (Tags.Tag t : tags) {
            if (t.kind() == Tags.Kind.CLOSING) {
                closes.merge(t.name(), 1, Integer::sum);
            }
        }
        Deque<String> open = new ArrayDeque<>();
        for (Tags.Tag t : tags) {
            if (t.kind() == Tags.Kind.OPENING && closes.containsKey(t.name())) {
                open.push(t.name());
            } else if (t.kind() == Tags.Kind.CLOSING) {
                if (open.isEmpty() || !open.peek().equals(t.name())) {
                    return false;
                }
                open.pop();
            }
        }
        return open.isEmpty();
    }
}
