package org.broadsheet.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineFixesTest {
    @Test
    void undoublesAWhollyDoubledHeading() {
        assertEquals("优化营商环境", LineFixes.undouble("优优化化营营商商环环境境"));
        assertEquals("Meteor shower", LineFixes.undouble("MMeetteeoorr  sshhoowweerr"));
    }

    @Test
    void keepsReduplicationAndDoubleLettersInNormalText() {
        assertEquals("谢谢", LineFixes.undouble("谢谢"));
        assertEquals("他说谢谢大家", LineFixes.undouble("他说谢谢大家"));
        assertEquals("大家高高兴兴地回家了", LineFixes.undouble("大家高高兴兴地回家了"));
        assertEquals("good", LineFixes.undouble("good"));
        assertEquals("哈哈哈哈", LineFixes.undouble("哈哈哈哈"));
        assertEquals("————", LineFixes.undouble("————"));
    }

    @Test
    void undoublesALongDoubledRunInsideALine() {
        assertEquals("专题：优化营商环境", LineFixes.undouble("专题：优优化化营营商商环环境境"));
    }

    @Test
    void removesOcrSpacesBetweenChineseButKeepsLatinWordSpaces() {
        assertEquals("中国人民", LineFixes.removeCjkSpaces("中 国 人 民", false));
        assertEquals("他说：“好。”", LineFixes.removeCjkSpaces("他 说 ： “ 好 。 ”", false));
        assertEquals("New York Times", LineFixes.removeCjkSpaces("New York Times", true));
        // A spaced-out OCR line: the spaces around the number are OCR's too, the one between Latin words stays.
        assertEquals("增长5.2%，使用New York标准", LineFixes.removeCjkSpaces("增 长 5.2% ， 使 用 New York 标 准", false));
    }

    @Test
    void keepsTheSourcesSpaceBetweenChineseAndLatinInTypesetText() {
        assertEquals("使用 GDP 指标衡量", LineFixes.removeCjkSpaces("使用 GDP 指标衡量", true));
    }
}
