package dev.concord.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a deterministic XLIFF 1.2 file of English-to-French units for benchmarks and memory tests: sentences with
 * numbers, placeholders, inline codes, URLs and repeated sources, and one unit in twenty-five with a planted problem
 * (a number changed, a placeholder or code dropped, a capital lost, a double space, a doubled word, a trailing space,
 * a target left empty or left in English); one unit
 * in ten has a maximum length ({@code maxwidth}).
 * Run {@code java ... dev.concord.bench.XliffGenerator FILE UNITS} to write one.
 */
public final class XliffGenerator {
    private static final String[] SUBJECTS = {"The server", "Your account", "This report", "The installer",
        "Each user", "The new version", "A backup", "The dashboard", "Our team", "The payment"};
    private static final String[] SUJETS = {"Le serveur", "Votre compte", "Ce rapport", "Le programme d'installation",
        "Chaque utilisateur", "La nouvelle version", "Une sauvegarde", "Le tableau de bord", "Notre équipe",
        "Le paiement"};
    private static final String[] VERBS = {"stores", "needs", "shows", "checks", "sends"};
    private static final String[] VERBES = {"stocke", "a besoin de", "affiche", "vérifie", "envoie"};
    private static final String[] OBJECTS = {"files", "messages", "records", "updates", "invoices"};
    private static final String[] OBJETS = {"fichiers", "messages", "enregistrements", "mises à jour", "factures"};

    /** The maximum length, in characters, of the units that have one. */
    static final int MAX_WIDTH = 70;

    private XliffGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-100k.xlf");
        int units = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        write(out, units);
        System.out.println("wrote " + units + " units to " + out + " (" + Files.size(out) / 1024 / 1024 + " MB)");
    }

    /** Writes {@code units} units to {@code file}; the same arguments always give the same bytes. */
    public static void write(Path file, int units) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(w, units);
        }
    }

    static void write(Writer w, int units) throws IOException {
        Random r = new Random(20261124L);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n");
        w.write("  <file source-language=\"en\" target-language=\"fr-FR\" datatype=\"plaintext\" original=\"app\">\n");
        w.write("    <body>\n");
        for (int i = 1; i <= units; i++) {
            int s = r.nextInt(SUBJECTS.length);
            int v = r.nextInt(VERBS.length);
            int o = r.nextInt(OBJECTS.length);
            int n = 1 + r.nextInt(5000);
            String grouped = n >= 1000 ? String.format(java.util.Locale.ROOT, "%,d", n) : String.valueOf(n);
            String fr = n >= 1000 ? (n / 1000) + "\u202F" + String.format(java.util.Locale.ROOT, "%03d", n % 1000) : String.valueOf(n);
            String source;
            String target;
            switch (i % 4) {
                case 0 -> {
                    source = SUBJECTS[s] + " " + VERBS[v] + " " + grouped + " " + OBJECTS[o] + " for {0}.";
                    target = SUJETS[s] + " " + VERBES[v] + " " + fr + " " + OBJETS[o] + " pour {0}.";
                }
                case 1 -> {
                    source = "<g id=\"1\">" + SUBJECTS[s] + "</g> " + VERBS[v] + " %d " + OBJECTS[o]
                            + "<x id=\"2\"/> (see https://example.com/help/" + o + ")";
                    target = "<g id=\"1\">" + SUJETS[s] + "</g> " + VERBES[v] + " %d " + OBJETS[o]
                            + "<x id=\"2\"/> (voir https://example.com/help/" + o + ")";
                }
                case 2 -> {
                    source = "Click <g id=\"1\">Save</g> to keep " + OBJECTS[o] + " &amp; settings.";
                    target = "Cliquez sur <g id=\"1\">Enregistrer</g> pour garder les " + OBJETS[o]
                            + " et les réglages.";
                }
                default -> {
                    source = SUBJECTS[s] + " " + VERBS[v] + " " + OBJECTS[o] + " every " + (1 + r.nextInt(30))
                            + " days";
                    target = null;
                }
            }
            if (target == null) {
                int days = Integer.parseInt(source.replaceAll("\\D+", " ").trim().split(" ")[0]);
                target = SUJETS[s] + " " + VERBES[v] + " des " + OBJETS[o] + " tous les " + days + " jours";
            }
            if (i % 25 == 7) {
                target = plant(target, source, r.nextInt(9));
            }
            // One unit in ten is a status-bar string with a maximum length, as software strings have.
            w.write("      <trans-unit id=\"u" + i + "\" resname=\"msg." + i + "\""
                    + (i % 10 == 0 ? " maxwidth=\"" + MAX_WIDTH + "\" size-unit=\"char\"" : "") + ">\n");
            w.write("        <source>" + source + "</source>\n");
            w.write("        <target state=\"translated\">" + target + "</target>\n");
            if (i % 10 == 0) {
                w.write("        <note>Shown in the status bar; keep it short.</note>\n");
            }
            w.write("      </trans-unit>\n");
        }
        w.write("    </body>\n  </file>\n</xliff>\n");
    }

    private static String plant(String target, String source, int kind) {
        return switch (kind) {
            case 0 -> target.replaceFirst("\\d+", "7");
            case 1 -> target.replace("{0}", "").replace("%d", "");
            case 2 -> Character.toLowerCase(target.charAt(0)) + target.substring(1);
            case 3 -> doubleFirstSpaceInText(target);
            case 4 -> target.replace("<x id=\"2\"/>", "");
            case 5 -> source;
            case 6 -> target.replaceFirst(" (\\p{L}+) ", " $1 $1 ");
            case 7 -> "";
            default -> target + " ";
        };
    }

    /** The target with its first space between two words of text (not inside a tag) doubled. */
    private static String doubleFirstSpaceInText(String target) {
        boolean inTag = false;
        for (int i = 0; i < target.length() - 1; i++) {
            char c = target.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (c == ' ' && i > 0 && !inTag && Character.isLetter(target.charAt(i - 1))
                    && Character.isLetter(target.charAt(i + 1))) {
                return target.substring(0, i) + " " + target.substring(i);
            }
        }
        return target;
    }
}
