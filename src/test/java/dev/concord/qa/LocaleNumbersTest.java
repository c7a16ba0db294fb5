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
    void chineseDecadesYearsInWordsSpacedDatesAndOneAsAnArticle() {
        assertEquals(List.of(), numbers("zh", "en", "上世纪80年代，郑永刚担任国营棉纺厂的厂长，随着调任，1989年郑永刚成为总厂的厂长。",
                "In the 1980s, Zheng Yonggang served as the director of a state-owned cotton mill, and in 1989, "
                        + "Zheng Yonggang became the director of the general factory."));
        assertEquals(List.of(), numbers("zh", "en", "台湾执政的民进党连日澄清拒绝接受“九二共识”。",
                "Taiwan's ruling Democratic Progressive Party (DPP) has clarified for days that it rejects the "
                        + "\"1992 Consensus\"."));
        assertEquals(List.of(), numbers("zh", "en", "1990 年3 月，莫德罗宣布德意志民主共和国(GDR) 的第一次也是唯一一次自由选举。",
                "In March 1990, Modrow announced the first and only free election of the German Democratic Republic "
                        + "(GDR)."));
        assertEquals(List.of(), numbers("zh", "en", "反对者指责他试图推迟1990 年10 月发生的政治变革和统一。",
                "Opponents accused him of trying to delay the political changes and unification that occurred in "
                        + "October 1990."));
        assertEquals(List.of(), numbers("zh", "en", "美国商务部表示，这5家中国公司及1家研究机构帮助中国军队现代化。",
                "The U.S. Commerce Department said the five Chinese companies and a research institute were helping "
                        + "to modernize China's military."));
    }

    @Test
    void aDecadeOrAnArticleDoesNotHideAChangedNumber() {
        assertEquals(1, numbers("zh", "en", "上世纪80年代，他担任厂长。", "In the 1990s, he served as director.").size());
        assertEquals(1, numbers("zh", "en", "这5家中国公司及2家研究机构。", "The five Chinese companies and a research institute.")
                .size());
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
