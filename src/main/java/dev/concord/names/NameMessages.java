package dev.concord.names;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import java.util.ArrayList;
import java.util.List;

/** The wording of the name rules' messages: where else a spelling is written, how often, in which language. */
final class NameMessages {
    private static final int MAX_PLACES = 4;

    private NameMessages() {
    }

    /** The whole name a word belongs to: "Kassym-Jomart Tokayev" for "Tokayev". */
    static String runText(NameMention m) {
        NameMention.Run run = m.run();
        return m.unit().text().substring(run.first().start(), run.last().end());
    }

    static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    /**
     * "(line 3)", "(lines 3 and 5)", "(line 3, b.txt:5)": where mentions are, in file lines; other documents by name.
     * The same whatever else is checked with the document, so that a message does not change with the batch.
     */
    static String places(List<NameMention> mentions, Document here) {
        List<String> parts = new ArrayList<>();
        String lastFile = null;
        for (NameMention m : mentions) {
            if (parts.size() == MAX_PLACES) {
                parts.add("...");
                break;
            }
            int offset = m.unit().textMap().toFileStart(m.start());
            int line = m.document().target().lines().line(offset);
            boolean otherFile = m.document() != here;
            String file = m.document().name();
            String part = otherFile && !file.equals(lastFile) ? file + ":" + line : String.valueOf(line);
            if (!parts.contains(part)) {
                parts.add(part);
            }
            lastFile = otherFile ? file : null;
        }
        boolean allHere = mentions.stream().allMatch(m -> m.document() == here);
        String joined = parts.size() == 2 && !parts.contains("...") ? parts.get(0) + " and " + parts.get(1)
                : String.join(", ", parts);
        if (allHere) {
            return "(" + (parts.size() == 1 ? "line " : "lines ") + joined + ")";
        }
        return "(" + joined + ")";
    }

    /** "French" for "fr". */
    static String languageName(String language) {
        return new ULocale(language).getDisplayLanguage(ULocale.ENGLISH);
    }

    /** "English", "English and Spanish", "English, German and Spanish". */
    static String languageNames(List<String> languages) {
        List<String> names = languages.stream().map(NameMessages::languageName).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

}
