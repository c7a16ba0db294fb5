package dev.concord.qa;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import java.util.Locale;
import java.util.Set;

/**
 * {@code qa.length-ratio}: the target is much longer or much shorter than its source: longer than
 * {@value #MAX} times the source plus {@value #GROWTH_SLACK} characters, or shorter than {@value #MIN} times it minus
 * {@value #SLACK}. Chinese, Japanese and Korean write in fewer characters, so the bounds widen for them. The options
 * {@code qa.length-ratio.max} and {@code qa.length-ratio.min} change the ratios.
 */
public final class LengthRatioRule extends QaRule {
    static final double MAX = 2.5;
    static final double MIN = 0.4;
    static final int SLACK = 5;
    // Short strings grow most ("Name" -> "Nom d'utilisateur"; IBM's guidelines allow 300% under ten characters):
    // growth gets the wider slack, shrinking keeps the narrow one so that a dropped sentence still shows.
    static final int GROWTH_SLACK = 15;
    private static final Set<String> DENSE = Set.of("zh", "ja", "ko");

    public LengthRatioRule() {
        super("qa.length-ratio", IssueType.LENGTH, Severity.INFO,
                "the target is far longer or shorter than its source");
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        String source = unit.source().strip();
        String target = unit.text().strip();
        if (source.isEmpty() || target.isEmpty()) {
            return;
        }
        double max = option(context, "qa.length-ratio.max", MAX);
        double min = option(context, "qa.length-ratio.min", MIN);
        boolean denseTarget = isDense(context.targetLocale(document));
        boolean denseSource = isDense(context.sourceLocale(document));
        if (denseTarget && !denseSource) {
            min /= 3;
        } else if (denseSource && !denseTarget) {
            max *= 3;
        }
        int s = source.codePointCount(0, source.length());
        int t = target.codePointCount(0, target.length());
        String what;
        if (t > s * max + GROWTH_SLACK) {
            what = "longer";
        } else if (t < s * min - SLACK) {
            what = "shorter";
        } else {
            return;
        }
        Finding.onUnit(this, document, unit)
                .message(String.format(Locale.ROOT, "the target is much %s than its source: %d characters for %d "
                        + "(%.1f times)", what, t, s, (double) t / s))
                .report(sink);
    }

    private static boolean isDense(ULocale locale) {
        return locale != null && DENSE.contains(locale.getLanguage());
    }

    private static double option(RuleContext context, String name, double fallback) {
        String v = context.options().get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
