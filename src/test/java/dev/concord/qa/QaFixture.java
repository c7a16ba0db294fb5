package dev.concord.qa;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.Unit;
import dev.concord.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/** Runs the QA checks (and no LanguageTool) on source/target pairs given in code. */
final class QaFixture {
    static final Checker CHECKER = Checker.builder().grammar(false).build();

    private QaFixture() {
    }

    /** The qa.* issues of one pair. */
    static List<Issue> check(String sourceLang, String targetLang, String source, String target) {
        return check(CHECKER, sourceLang, targetLang, List.<String[]>of(new String[] {source, target}));
    }

    /** The qa.* issues of one pair with the given rule. */
    static List<Issue> check(String rule, String sourceLang, String targetLang, String source, String target) {
        return check(sourceLang, targetLang, source, target).stream().filter(i -> i.ruleId().equals(rule)).toList();
    }

    /** The qa.* issues of several pairs in one document, unit ids 1, 2, 3... */
    static List<Issue> check(Checker checker, String sourceLang, String targetLang, List<String[]> pairs) {
        StringBuilder s = new StringBuilder();
        StringBuilder t = new StringBuilder();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            String[] p = pairs.get(i);
            int so = s.length();
            int to = t.length();
            s.append(p[0]).append('\n');
            t.append(p[1]).append('\n');
            units.add(Unit.builder(String.valueOf(i + 1), p[1]).stableId(true)
                    .textMap(dev.concord.text.OffsetMap.contiguous(to, p[1].length()))
                    .source(p[0], dev.concord.text.OffsetMap.contiguous(so, p[0].length())).build());
        }
        Document d = new Document(new SourceText("target", null, t.toString()),
                new SourceText("source", null, s.toString()), "test", targetLang, sourceLang, units);
        return checker.check(d).stream().filter(i -> i.ruleId().startsWith("qa.")).toList();
    }
}
