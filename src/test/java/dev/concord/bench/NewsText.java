package dev.concord.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Deterministic news-like text in French, English and German for benchmarks: paragraphs of sentences built from
 * templates with people, places, organisations, days and figures, an optional opening phrase, and now and then a
 * slip a real text has (a doubled word, a misspelling, a name spelt another way). Nearly every sentence differs from
 * every other, because LanguageTool caches its results per sentence and a text of repeated sentences would time the
 * cache, not the check. The same language, size and seed always give the same text, in any JVM
 * ({@link java.util.Random} is specified to the bit).
 */
public final class NewsText {
    /** One sentence in this many carries a slip (doubled word, misspelling, name variant). */
    private static final int SLIP_EVERY = 40;

    private NewsText() {
    }

    /** Writes a text: {@code java ... dev.concord.bench.NewsText LANG BYTES SEED} prints it. */
    public static void main(String[] args) {
        System.out.print(generate(args[0], Integer.parseInt(args[1]), Long.parseLong(args[2])));
    }

    /**
     * At least {@code bytes} bytes of UTF-8 text in {@code language} (fr, en or de), paragraphs separated by a blank
     * line, ending with a sentence. The same arguments always give the same text.
     */
    public static String generate(String language, int bytes, long seed) {
        Bank bank = bank(language);
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(bytes + 512);
        int size = 0;
        while (size < bytes) {
            if (text.length() > 0) {
                text.append("\n\n");
                size += 2;
            }
            int sentences = 3 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String sentence = sentence(bank, random);
                if (s > 0) {
                    text.append(' ');
                    size++;
                }
                text.append(sentence);
                size += utf8Length(sentence);
            }
        }
        return text.toString();
    }

    /** One sentence, each a word or two different from the last time the template came up. */
    static String sentence(Bank bank, Random random) {
        String template = pick(bank.templates, random);
        StringBuilder s = new StringBuilder();
        if (random.nextInt(5) < 2) {
            s.append(pick(bank.openers, random)).append(' ');
        }
        s.append(fill(template, bank, random));
        if (random.nextInt(SLIP_EVERY) == 0) {
            slip(s, bank, random);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String fill(String template, Bank bank, Random random) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                continue;
            }
            int end = template.indexOf('}', i);
            String slot = template.substring(i + 1, end);
            out.append(switch (slot) {
                case "P" -> pick(bank.people, random);
                case "L" -> pick(bank.places, random);
                case "O" -> pick(bank.organisations, random);
                case "Od" -> pick(bank.organisationsAfterPreposition, random);
                case "D" -> pick(bank.days, random);
                case "N" -> Integer.toString(2 + random.nextInt(9998));
                case "M" -> Integer.toString(2 + random.nextInt(98));
                default -> throw new IllegalStateException("unknown slot {" + slot + "} in " + template);
            });
            i = end;
        }
        return out.toString();
    }

    /** A slip of the kind real copy has, so that the checkers have something to report. */
    private static void slip(StringBuilder s, Bank bank, Random random) {
        switch (random.nextInt(3)) {
            case 0 -> {
                // A word typed twice: the first word of four letters or more after the start.
                int space = s.indexOf(" ", 1);
                int next = space < 0 ? -1 : s.indexOf(" ", space + 1);
                if (next > space + 4) {
                    String word = s.substring(space + 1, next);
                    s.insert(next, " " + word);
                }
            }
            case 1 -> {
                String[] typo = bank.misspellings.get(random.nextInt(bank.misspellings.size())).split("=");
                int at = s.indexOf(" " + typo[0] + " ");
                if (at >= 0) {
                    s.replace(at + 1, at + 1 + typo[0].length(), typo[1]);
                } else {
                    s.insert(s.length() - 1, " " + typo[1]);
                }
            }
            default -> {
                String[] variant = bank.nameVariants.get(random.nextInt(bank.nameVariants.size())).split("=");
                int at = s.indexOf(variant[0]);
                if (at >= 0) {
                    s.replace(at, at + variant[0].length(), variant[1]);
                }
            }
        }
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * What one language's sentences are made of. Slots: {P} person, {L} place, {O} organisation as a subject,
     * {Od} organisation after a preposition, {D} day, {N} a number up to 9,999, {M} a number up to 99.
     */
    record Bank(List<String> templates, List<String> openers, List<String> people, List<String> places,
            List<String> organisations, List<String> organisationsAfterPreposition, List<String> days,
            List<String> misspellings, List<String> nameVariants) {
    }

    static Bank bank(String language) {
        return switch (language) {
            case "fr" -> FRENCH;
            case "en" -> ENGLISH;
            case "de" -> GERMAN;
            default -> throw new IllegalArgumentException("no news text for language '" + language
                    + "' (fr, en or de)");
        };
    }

    private static final List<String> FRENCH_ORGANISATIONS = List.of("l'ONU", "l'Union européenne",
            "la Banque mondiale", "l'OSCE", "la commission électorale", "la Croix-Rouge", "la Commission européenne",
            "l'Agence internationale de l'énergie", "l'Organisation mondiale de la santé", "la banque centrale");

    private static final Bank FRENCH = new Bank(List.of(
            "selon {Od}, environ {N} personnes ont participé au rassemblement de {D} à {L}.",
            "le président {P} a déclaré que la situation à {L} restait sous contrôle.",
            "les autorités de {L} ont annoncé {M} nouvelles mesures pour limiter la hausse des prix.",
            "d'après les chiffres officiels, le nombre de manifestants dépassait {N} à la fin de la journée.",
            "{P} doit rencontrer {D} les représentants de {Od} pour discuter du budget.",
            "la police a interpellé {N} personnes après des affrontements dans le centre de {L}.",
            "le gouvernement a promis une enquête indépendante sur les événements de {L}, où {M} personnes ont été blessées.",
            "les négociations entre {Od} et les syndicats reprendront {D} à {L}.",
            "dans un communiqué publié {D}, {O} a dénoncé des violations répétées du cessez-le-feu près de {L}.",
            "l'accès à Internet a été fortement perturbé pendant {M} heures à {L}.",
            "les experts de {Od} estiment que la croissance ralentira au cours des {M} prochains mois.",
            "{P} a rappelé que les élections auraient lieu comme prévu au printemps.",
            "{M} journalistes ont été empêchés de couvrir la manifestation à {L}.",
            "le ministre a reconnu devant les députés que la réforme voulue par {P} suscitait de fortes inquiétudes.",
            "selon un sondage publié {D}, {N} personnes interrogées soutiennent le projet.",
            "les habitants de {L} ont été invités à rester chez eux jusqu'à nouvel ordre.",
            "{O} a débloqué une aide d'urgence de {N} millions d'euros pour {L}.",
            "le porte-parole de {Od} a refusé de commenter les propos de {P}.",
            "les prix de l'énergie ont augmenté de {M} % à {L} depuis le début de l'année.",
            "des milliers de personnes se sont rassemblées {D} devant le parlement de {L}.",
            "{P} s'est entretenu par téléphone avec {P} au sujet de la sécurité régionale.",
            "la visite de {P} à {L} a été reportée de {M} jours pour des raisons de sécurité.",
            "{O} réclame la libération des {N} personnes arrêtées depuis le début du mouvement.",
            "à {L}, les écoles resteront fermées jusqu'à {D} au moins, selon {Od}."),
            List.of("Lundi soir,", "Dans la matinée,", "Selon plusieurs témoins,", "De source diplomatique,",
                    "Quelques heures plus tard,", "Pour la première fois,", "Malgré les appels au calme,",
                    "Dans le même temps,", "Comme prévu,", "Par ailleurs,", "En fin de journée,",
                    "Selon des sources proches du dossier,"),
            List.of("Kassym-Jomart Tokaïev", "Emmanuel Macron", "Olaf Scholz", "Ursula von der Leyen", "Pedro Sánchez",
                    "Giorgia Meloni", "Alexandre Loukachenko", "Volodymyr Zelensky", "Recep Tayyip Erdoğan",
                    "Noursoultan Nazarbaïev", "Antonio Guterres", "Sergueï Lavrov"),
            List.of("Astana", "Almaty", "Paris", "Berlin", "Bruxelles", "Kiev", "Minsk", "Varsovie", "Madrid", "Rome",
                    "Genève", "Lyon", "Marseille", "Vienne", "Tachkent", "Bichkek"),
            FRENCH_ORGANISATIONS,
            FRENCH_ORGANISATIONS,
            List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
            List.of("personnes=personnnes", "gouvernement=gouvernment", "manifestation=manifestaion",
                    "élections=élection", "habitants=habitans"),
            List.of("Tokaïev=Tokayev", "Loukachenko=Lukashenko", "Nazarbaïev=Nazarbayev", "Zelensky=Zelenskyy"));

    private static final List<String> ENGLISH_ORGANISATIONS = List.of("the UN", "the European Union", "the World Bank",
            "the OSCE", "the election commission", "the Red Cross", "the European Commission",
            "the International Energy Agency", "the World Health Organization", "the central bank");

    private static final Bank ENGLISH = new Bank(List.of(
            "according to {Od}, about {N} people took part in {D}'s rally in {L}.",
            "President {P} said the situation in {L} remained under control.",
            "the authorities in {L} announced {M} new measures to curb rising prices.",
            "official figures put the number of protesters at more than {N} by the end of the day.",
            "{P} is due to meet representatives of {Od} on {D} to discuss the budget.",
            "police detained {N} people after clashes in the centre of {L}.",
            "the government promised an independent inquiry into the events in {L}, where {M} people were injured.",
            "talks between {Od} and the unions will resume in {L} on {D}.",
            "in a statement released on {D}, {O} condemned repeated violations of the ceasefire near {L}.",
            "internet access was severely disrupted for {M} hours in {L}.",
            "experts at {Od} expect growth to slow over the next {M} months.",
            "{P} reiterated that the elections would take place as planned in the spring.",
            "{M} journalists were prevented from covering the protest in {L}.",
            "the minister told lawmakers that the reform championed by {P} had raised serious concerns.",
            "according to a poll published on {D}, {N} respondents support the project.",
            "residents of {L} were told to stay at home until further notice.",
            "{O} released emergency aid worth {N} million euros for {L}.",
            "a spokesman for {Od} declined to comment on the remarks by {P}.",
            "energy prices in {L} have risen by {M} percent since the beginning of the year.",
            "thousands of people gathered outside the parliament in {L} on {D}.",
            "{P} spoke by telephone with {P} about regional security.",
            "the visit of {P} to {L} was postponed by {M} days for security reasons.",
            "{O} called for the release of the {N} people arrested since the protests began.",
            "in {L}, schools will stay closed until {D} at the earliest, according to {Od}."),
            List.of("On Monday evening,", "Earlier in the day,", "According to witnesses,", "Diplomatic sources said",
                    "A few hours later,", "For the first time,", "Despite calls for calm,", "At the same time,",
                    "As expected,", "Meanwhile,", "Late in the day,", "People familiar with the matter said"),
            List.of("Kassym-Jomart Tokayev", "Emmanuel Macron", "Olaf Scholz", "Ursula von der Leyen", "Pedro Sánchez",
                    "Giorgia Meloni", "Alexander Lukashenko", "Volodymyr Zelensky", "Recep Tayyip Erdoğan",
                    "Nursultan Nazarbayev", "Antonio Guterres", "Sergei Lavrov"),
            List.of("Astana", "Almaty", "Paris", "Berlin", "Brussels", "Kyiv", "Minsk", "Warsaw", "Madrid", "Rome",
                    "Geneva", "Lyon", "Marseille", "Vienna", "Tashkent", "Bishkek"),
            ENGLISH_ORGANISATIONS,
            ENGLISH_ORGANISATIONS,
            List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
            List.of("people=poeple", "government=goverment", "protest=protets", "elections=elecitons",
                    "residents=residnets"),
            List.of("Tokayev=Tokaev", "Lukashenko=Loukachenko", "Nazarbayev=Nazarbaev", "Zelensky=Zelenskyy"));

    private static final Bank GERMAN = new Bank(List.of(
            "nach Angaben {Od} nahmen am {D} etwa {N} Menschen an der Kundgebung in {L} teil.",
            "Präsident {P} erklärte, die Lage in {L} sei unter Kontrolle.",
            "die Behörden in {L} kündigten {M} neue Maßnahmen gegen die steigenden Preise an.",
            "nach offiziellen Zahlen lag die Zahl der Demonstranten am Ende des Tages bei über {N}.",
            "{P} soll am {D} Vertreter {Od} treffen, um über den Haushalt zu sprechen.",
            "die Polizei nahm nach Zusammenstößen im Zentrum von {L} {N} Menschen fest.",
            "die Regierung versprach eine unabhängige Untersuchung der Ereignisse in {L}, bei denen {M} Menschen verletzt wurden.",
            "die Gespräche {Od} mit den Gewerkschaften werden am {D} in {L} fortgesetzt.",
            "in einer am {D} veröffentlichten Erklärung verurteilte {O} wiederholte Verstöße gegen die Waffenruhe bei {L}.",
            "der Internetzugang in {L} war {M} Stunden lang stark gestört.",
            "Experten {Od} erwarten, dass sich das Wachstum in den kommenden {M} Monaten verlangsamt.",
            "{P} bekräftigte, dass die Wahlen wie geplant im Frühjahr stattfinden würden.",
            "{M} Journalisten wurden daran gehindert, über die Demonstration in {L} zu berichten.",
            "der Minister räumte vor den Abgeordneten ein, dass die von {P} gewollte Reform große Sorgen ausgelöst habe.",
            "laut einer am {D} veröffentlichten Umfrage unterstützen {N} Befragte das Vorhaben.",
            "die Bewohner von {L} wurden aufgefordert, bis auf Weiteres zu Hause zu bleiben.",
            "{O} stellte eine Soforthilfe in Höhe von {N} Millionen Euro für {L} bereit.",
            "ein Sprecher {Od} wollte die Äußerungen von {P} nicht kommentieren.",
            "die Energiepreise in {L} sind seit Jahresbeginn um {M} Prozent gestiegen.",
            "am {D} versammelten sich Tausende Menschen vor dem Parlament in {L}.",
            "{P} sprach am Telefon mit {P} über die regionale Sicherheit.",
            "der Besuch von {P} in {L} wurde aus Sicherheitsgründen um {M} Tage verschoben.",
            "{O} fordert die Freilassung der {N} Menschen, die seit Beginn der Proteste festgenommen wurden.",
            "in {L} bleiben die Schulen nach Angaben {Od} mindestens bis {D} geschlossen."),
            // German openers are clauses of their own, so that the sentence after them keeps its word order.
            List.of("Augenzeugen berichteten,", "Aus diplomatischen Kreisen hieß es,", "Ein Korrespondent meldete,",
                    "Die Nachrichtenagentur berichtete,", "Ein Regierungssprecher sagte,", "Beobachter betonten,",
                    "Mehrere Zeitungen schrieben,", "Aus informierten Kreisen hieß es,", "Ein Diplomat sagte,",
                    "Lokale Medien meldeten,", "Ein Sprecher bestätigte,", "Das Fernsehen zeigte Bilder und meldete,"),
            List.of("Kassym-Jomart Tokajew", "Emmanuel Macron", "Olaf Scholz", "Ursula von der Leyen", "Pedro Sánchez",
                    "Giorgia Meloni", "Alexander Lukaschenko", "Wolodymyr Selenskyj", "Recep Tayyip Erdoğan",
                    "Nursultan Nasarbajew", "António Guterres", "Sergej Lawrow"),
            List.of("Astana", "Almaty", "Paris", "Berlin", "Brüssel", "Kiew", "Minsk", "Warschau", "Madrid", "Rom",
                    "Genf", "Lyon", "Marseille", "Wien", "Taschkent", "Bischkek"),
            // German subjects: feminine singular, so that the verb and the openers' word order stay right.
            List.of("die Europäische Union", "die Weltbank", "die OSZE", "die Wahlkommission", "die Bundesregierung",
                    "die Europäische Kommission", "die Internationale Energieagentur",
                    "die Weltgesundheitsorganisation", "die Zentralbank", "die UNO"),
            // The same, in the genitive ("nach Angaben der Weltbank", "ein Sprecher der OSZE").
            List.of("der Europäischen Union", "der Weltbank", "der OSZE", "der Wahlkommission", "der Bundesregierung",
                    "der Europäischen Kommission", "der Internationalen Energieagentur",
                    "der Weltgesundheitsorganisation", "der Zentralbank", "der UNO"),
            List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
            List.of("Menschen=Menchen", "Regierung=Regirung", "Demonstration=Demonstation", "Wahlen=Wahllen",
                    "Bewohner=Bewoner"),
            List.of("Tokajew=Tokajev", "Lukaschenko=Lukashenko", "Nasarbajew=Nazarbajew", "Selenskyj=Selensky"));
}
