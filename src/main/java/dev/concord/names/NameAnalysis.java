package dev.concord.names;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.grammar.LanguageToolLanguages;
import dev.concord.rule.RuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of a check, grouped: every name word of every document, grouped per language by transliteration
 * skeleton, table entry and bounded near-match, so that each group holds the spellings of one name. Computed once per
 * check and shared by the name rules. The cost grows with the text: mentions are grouped by key, never compared in
 * pairs, except within small blocking buckets.
 */
final class NameAnalysis {
    /** Near-match buckets larger than this say nothing (a common deletion key) and are skipped: keeps cost linear. */
    private static final int MAX_BUCKET = 8;

    /** One spelling of a name with every mention written so. */
    record Variant(String spelling, List<NameMention> mentions) {
        int count() {
            return mentions.size();
        }

        NameMention first() {
            return mentions.get(0);
        }
    }

    /**
     * The spellings of one name in one language, most written first (ties: written first first).
     *
     * @param entry the name table's entry for this name, or null
     */
    record Group(String language, List<Variant> variants, NameTable.Entry entry) {
        Variant majority() {
            return variants.get(0);
        }

        Variant variant(String spelling) {
            for (Variant v : variants) {
                if (v.spelling().equals(spelling)) {
                    return v;
                }
            }
            return null;
        }
    }

    private final List<Group> groups;

    private NameAnalysis(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    List<Group> groups() {
        return groups;
    }

    private record MemoKey(List<Document> documents, NameTable table) {
    }

    /** The analysis of these documents, computed once per check. */
    static NameAnalysis of(List<Document> documents, RuleContext context) {
        NameTable table = context.component(NameTable.class).orElseGet(NameTable::bundled);
        return context.memo(new MemoKey(documents, table), () -> build(documents, context, table));
    }

    private static NameAnalysis build(List<Document> documents, RuleContext context, NameTable table) {
        Map<String, List<Document>> byLanguage = new LinkedHashMap<>();
        for (Document d : documents) {
            byLanguage.computeIfAbsent(context.targetLocale(d).getLanguage(), k -> new ArrayList<>()).add(d);
        }
        List<Group> groups = new ArrayList<>();
        long order = 0;
        for (Map.Entry<String, List<Document>> e : byLanguage.entrySet()) {
            String language = e.getKey();
            ULocale locale = context.targetLocale(e.getValue().get(0));
            NameSpotter.Language profile = new NameSpotter.Language(language, scriptOf(locale),
                    LanguageToolLanguages.find(locale) != null);
            Set<String> sources = new LinkedHashSet<>();
            List<NameMention> mentions = new ArrayList<>();
            for (Document d : e.getValue()) {
                ULocale source = context.sourceLocale(d);
                if (source != null) {
                    sources.add(source.getLanguage());
                }
                for (Unit u : d.units()) {
                    List<NameMention> found = NameSpotter.spot(d, u, context.tokens(d, u), profile, order);
                    order += found.size() + 1;
                    mentions.addAll(found);
                }
            }
            Set<NameSkeleton.Convention> conventions = NameSkeleton.conventionsFor(language, sources);
            groups.addAll(new Grouping(language, conventions, table).run(confirmed(mentions)));
        }
        return new NameAnalysis(groups);
    }

    /** Drops sentence-initial words of untagged languages that the text never writes capitalised mid-sentence. */
    private static List<NameMention> confirmed(List<NameMention> mentions) {
        Set<String> inside = new HashSet<>();
        for (NameMention m : mentions) {
            if (!m.tentative()) {
                inside.add(m.spelling());
            }
        }
        List<NameMention> out = new ArrayList<>(mentions.size());
        for (NameMention m : mentions) {
            if (!m.tentative() || inside.contains(m.spelling())) {
                out.add(m);
            }
        }
        return out;
    }

    /** The script a language is written in, or INVALID_CODE when it uses several (Japanese) or none is known. */
    static int scriptOf(ULocale locale) {
        if (locale == null) {
            return scriptOfLocale(null);
        }
        return SCRIPTS.computeIfAbsent(locale, NameAnalysis::scriptOfLocale); // ICU's lookup costs a locale parse
    }

    private static final java.util.Map<ULocale, Integer> SCRIPTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static int scriptOfLocale(ULocale locale) {
        int[] codes = UScript.getCode(locale);
        return codes != null && codes.length == 1 ? codes[0] : UScript.INVALID_CODE;
    }

    /** The grouping of one language's mentions. */
    private static final class Grouping {
        private final String language;
        private final Set<NameSkeleton.Convention> conventions;
        private final NameTable table;
        private final Map<String, Set<String>> keyCache = new HashMap<>();

        Grouping(String language, Set<NameSkeleton.Convention> conventions, NameTable table) {
            this.language = language;
            this.conventions = conventions;
            this.table = table;
        }

        /** A spelling in a context: the last words of names, or a given name before one group of surnames. */
        private final class Spelling {
            final String core;
            final int context;
            final List<NameMention> mentions = new ArrayList<>();
            final Set<String> keys;
            final NameTable.Entry entry;
            boolean knownProper;

            Spelling(String core, int context) {
                this.core = core;
                this.context = context;
                this.keys = keyCache.computeIfAbsent(core, c -> NameSkeleton.keys(c, conventions));
                this.entry = table.entryFor(core, keys);
            }
        }

        List<Group> run(List<NameMention> mentions) {
            // Phase 1: last words of names and names standing alone.
            Map<String, Spelling> lasts = new LinkedHashMap<>();
            for (NameMention m : mentions) {
                if (m.isLast()) {
                    add(lasts, m, -1);
                }
            }
            List<Spelling> phase1 = new ArrayList<>(lasts.values());
            int[] root = union(phase1);
            Map<String, Integer> groupOfLast = new HashMap<>();
            for (int i = 0; i < phase1.size(); i++) {
                groupOfLast.put(phase1.get(i).core, root[i]);
            }
            List<Group> out = new ArrayList<>(groups(phase1, root));

            // Phase 2: other words of names, each within the names that end in one group: "Sergei Lavrov" and
            // "Sergey Lavrov" are one person written two ways, "Sergei Lavrov" and "Sergey Brin" two people.
            Map<String, Spelling> others = new LinkedHashMap<>();
            for (NameMention m : mentions) {
                if (!m.isLast()) {
                    Integer context = groupOfLast.get(NameSkeleton.core(m.run().last().spelling()));
                    add(others, m, context == null ? -2 : context);
                }
            }
            List<Spelling> phase2 = new ArrayList<>(others.values());
            out.addAll(groups(phase2, union(phase2)));
            return out;
        }

        private void add(Map<String, Spelling> spellings, NameMention m, int context) {
            String core = NameSkeleton.core(m.spelling());
            Spelling s = spellings.computeIfAbsent(context + "\u0000" + core, k -> new Spelling(core, context));
            s.mentions.add(m);
            s.knownProper |= m.knownProper();
        }

        /** Union-find over spellings: same table entry, a shared skeleton key, or a near-match. */
        private int[] union(List<Spelling> spellings) {
            int n = spellings.size();
            int[] parent = new int[n];
            NameTable.Entry[] entry = new NameTable.Entry[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                entry[i] = spellings.get(i).entry;
            }
            Map<String, Integer> firstByEntry = new HashMap<>();
            Map<String, Integer> firstByKey = new HashMap<>();
            Map<String, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Spelling s = spellings.get(i);
                String ctx = s.context + "\u0000";
                if (s.entry != null) {
                    Integer j = firstByEntry.putIfAbsent(ctx + s.entry.id(), i);
                    if (j != null) {
                        join(parent, entry, i, j);
                    }
                }
                for (String k : s.keys) {
                    Integer j = firstByKey.putIfAbsent(ctx + k, i);
                    if (j != null) {
                        join(parent, entry, i, j);
                    }
                    for (String b : NearMatch.blockingKeys(k)) {
                        List<Integer> bucket = buckets.computeIfAbsent(ctx + b, x -> new ArrayList<>(2));
                        if (bucket.size() <= MAX_BUCKET && (bucket.isEmpty() || bucket.get(bucket.size() - 1) != i)) {
                            bucket.add(i);
                        }
                    }
                }
            }
            for (List<Integer> bucket : buckets.values()) {
                if (bucket.size() < 2 || bucket.size() > MAX_BUCKET) {
                    continue;
                }
                for (int x = 0; x < bucket.size(); x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        int a = bucket.get(x);
                        int b = bucket.get(y);
                        if (find(parent, a) != find(parent, b) && near(spellings.get(a), spellings.get(b))) {
                            join(parent, entry, a, b);
                        }
                    }
                }
            }
            int[] root = new int[n];
            for (int i = 0; i < n; i++) {
                root[i] = find(parent, i);
            }
            return root;
        }

        private static boolean near(Spelling a, Spelling b) {
            // Two spellings that the dictionary knows as proper nouns are two established names (Colombia,
            // Columbia), not one name slipped.
            if (a.knownProper && b.knownProper || NearMatch.isDerivedForm(a.core, b.core)) {
                return false;
            }
            for (String x : a.keys) {
                for (String y : b.keys) {
                    if (NearMatch.isNear(x, y)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** Joins two sets unless they belong to two different table entries (Navalny and Navalnaya). */
        private static void join(int[] parent, NameTable.Entry[] entry, int a, int b) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra == rb) {
                return;
            }
            if (entry[ra] != null && entry[rb] != null && entry[ra].id() != entry[rb].id()) {
                return;
            }
            int r = Math.min(ra, rb);
            int other = Math.max(ra, rb);
            parent[other] = r;
            if (entry[r] == null) {
                entry[r] = entry[other];
            }
        }

        private List<Group> groups(List<Spelling> spellings, int[] root) {
            Map<Integer, List<Spelling>> byRoot = new LinkedHashMap<>();
            for (int i = 0; i < spellings.size(); i++) {
                byRoot.computeIfAbsent(root[i], k -> new ArrayList<>()).add(spellings.get(i));
            }
            List<Group> out = new ArrayList<>(byRoot.size());
            for (List<Spelling> members : byRoot.values()) {
                NameTable.Entry entry = null;
                boolean ambiguous = false;
                List<Variant> variants = new ArrayList<>(members.size());
                for (Spelling s : members) {
                    variants.add(new Variant(s.core, List.copyOf(s.mentions)));
                    if (s.entry != null) {
                        ambiguous |= entry != null && entry.id() != s.entry.id();
                        entry = s.entry;
                    }
                }
                variants.sort(Comparator.comparingInt(Variant::count).reversed()
                        .thenComparingLong(v -> v.first().order()));
                out.add(new Group(language, variants, ambiguous ? null : entry));
            }
            return out;
        }
    }
}
