package dev.concord.qa;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.DocumentRule;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two consistency checks of one file: {@code qa.inconsistent-target} (one source translated two ways) and
 * {@code qa.inconsistent-source} (two sources given one translation). Each unit is compared with the first unit that
 * had its source (or target), through hashes kept for the whole file (see {@link FirstSeen}), so that a file read in
 * parts is checked as a whole in bounded memory. Plural forms, which share a source on purpose, are left out.
 */
public abstract class ConsistencyRule implements DocumentRule {
    private static final Pattern PLURAL_FORM = Pattern.compile(".*(\\[\\d+]|_(zero|one|two|few|many|other))$");
    private final boolean bySource;

    ConsistencyRule(boolean bySource) {
        this.bySource = bySource;
    }

    @Override
    public String pack() {
        return "qa";
    }

    @Override
    public boolean isBilingual() {
        return true;
    }

    @Override
    public IssueType type() {
        return IssueType.INCONSISTENCY;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(List<Document> documents, RuleContext context, FindingSink sink) {
        for (Document document : documents) {
            FirstSeen seen = context.documentState(document, id(), FirstSeen::new);
            for (Unit unit : document.units()) {
                if (!unit.isBilingual() || unit.text().isBlank() || unit.source().strip().length() < 3
                        || PLURAL_FORM.matcher(unit.id()).matches()) {
                    // Sources of one or two characters (m, h) are symbols whose meaning depends on their key.
                    continue;
                }
                String source = FirstSeen.normalize(unit.source());
                String target = FirstSeen.normalize(unit.text());
                if (!bySource && !hasLetter(target)) {
                    continue;
                }
                String key = bySource ? source : target;
                String partner = bySource ? target : source;
                FirstSeen.Entry first = seen.putIfAbsent(FirstSeen.hash64(key), partner.hashCode(), unit.id());
                if (first != null && first.partnerHash() != partner.hashCode()) {
                    report(document, unit, first.unitId(), sink);
                }
            }
        }
    }

    abstract void report(Document document, Unit unit, String firstUnit, FindingSink sink);

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code qa.inconsistent-target}: the same source translated differently in one file. */
    public static final class Target extends ConsistencyRule {
        public Target() {
            super(true);
        }

        @Override
        public String id() {
            return "qa.inconsistent-target";
        }

        @Override
        public String description() {
            return "the same source is translated differently in one file";
        }

        @Override
        void report(Document document, Unit unit, String firstUnit, FindingSink sink) {
            Finding.onUnit(this, document, unit)
                    .message("the source " + QaRule.quote(unit.source()) + " is translated differently in unit "
                            + firstUnit + " than here (" + QaRule.quote(unit.text()) + ")")
                    .report(sink);
        }
    }

    /** {@code qa.inconsistent-source}: two different sources given the same translation in one file. */
    public static final class Source extends ConsistencyRule {
        public Source() {
            super(false);
        }

        @Override
        public String id() {
            return "qa.inconsistent-source";
        }

        @Override
        public String description() {
            return "two different sources have the same translation in one file";
        }

        @Override
        void report(Document document, Unit unit, String firstUnit, FindingSink sink) {
            Finding.onUnit(this, document, unit)
                    .message("the translation " + QaRule.quote(unit.text()) + " is also given in unit " + firstUnit
                            + " to another source than this one (" + QaRule.quote(unit.source()) + ")")
                    .report(sink);
        }
    }
}
