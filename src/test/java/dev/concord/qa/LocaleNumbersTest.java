package dev.concord.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers, brackets and quotes read with locale knowledge, on segments of the kind professional raters called
 * error-free in WMT 2023 (zh→en, en→de news): each was a false alarm of qa.numbers or qa.brackets before.
 */
class LocaleNumbersTest {
    private static List<Issue> numbers(String sl, String tl, String source, String target) {
        return QaFixture.check("qa.numbers", sl, tl, source, target);
    }

    @Test
    void chineseDatesMonthsAndNumeralsAreTheTargetsNumbers() {
        assertTrue(numbers("zh", "en", "2020年1月11日，台湾举行选举。", "On January 11, 2020, Taiwan held elections.")
                .isEmpty());
        assertTrue(numbers("zh", "en", "五名工人被困。", "Five workers were trapped.").isEmpty());
        assertTrue(numbers("zh", "en", "五名工人被困。", "5 workers were trapped.").isEmpty());
        assertTrue(numbers("zh", "en", "地震已造成土耳其超过2万人死亡。", "The quake has killed more than 20,000 people in Turkey.")
                .isEmpty());
        assertTrue(numbers("zh", "en", "投资3.5亿元。", "An investment of 350 million yuan.").isEmpty());
    }

    @Test
    void scalesClocksAndSpelledOutNumbersInGerman() {
        assertTrue(numbers("en", "de", "The meeting starts at 3 pm.", "Die Sitzung beginnt um 15 Uhr.").isEmpty());
        assertTrue(numbers("en", "de", "The company lost $2.5 billion.", "Das Unternehmen verlor 2,5 Milliarden Dollar.")
                .isEmpty());
        assertTrue(numbers("en", "de", "She has five children.", "Sie hat 5 Kinder.").isEmpty());
        assertTrue(numbers("en", "de", "She has 5 children.", "Sie hat fünf Kinder.").isEmpty());
    }

    @Test
    void aChangedNumberIsStillFound() {
        assertEquals(1, numbers("en", "de", "Copy 3 files.", "Kopieren Sie 4 Dateien.").size());
        assertEquals(1, numbers("zh", "en", "地震已造成超过2万人死亡。", "The quake has killed more than 2,000 people.").size());
        assertEquals(1, numbers("en", "de", "The meeting starts at 3 pm.", "Die Sitzung beginnt um 13 Uhr.").size());
    }

    @Test
    void fullWidthBracketsPairWithTheirAsciiTwins() {
        assertTrue(QaFixture.check("qa.brackets", "zh", "en", "国家发展和改革委员会（发改委）主任", "head of the National "
                + "Development and Reform Commission (NDRC)").isEmpty());
        assertTrue(QaFixture.check("qa.brackets", "zh", "en", "“今天是几号？", "\"What day is it today?").isEmpty(),
                "a source that opens a quotation it does not close");
        assertEquals(1, QaFixture.check("qa.brackets", "en", "fr", "Save (optional)", "Enregistrer (facultatif").size());
    }

    @Test
    void proseMayTurnABracketedAsideIntoAClause() throws Exception {
        Document target = Document.ofText("t.txt", "Der Präsident, der am Montag sprach, kündigte Reformen an.");
        Document source = Document.ofText("s.txt", "The president (speaking on Monday) announced reforms.");
        List<Issue> found = Checker.builder().grammar(false).targetLocale("de").sourceLocale("en").build()
                .check(target.pairedWith(source)).stream().filter(i -> i.ruleId().equals("qa.brackets")).toList();
        assertTrue(found.isEmpty(), found.toString());
    }
}
