package org.broadsheet.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CjkPunctuationTest {
    @Test
    void makesHalfWidthPunctuationFullWidthInChineseContext() {
        assertEquals("据统计，上半年增长5.2%，高于平均水平！", CjkPunctuation.fix("据统计,上半年增长5.2%,高于平均水平!"));
        assertEquals("他问：你来吗？我说：来；走吧。", CjkPunctuation.fix("他问:你来吗?我说:来;走吧。"));
        assertEquals("国内生产总值（GDP）增长", CjkPunctuation.fix("国内生产总值(GDP)增长"));
        assertEquals("使用GDP，但是", CjkPunctuation.fix("使用GDP,但是"));
        assertEquals("中国，美国", CjkPunctuation.fix("中国, 美国"));
    }

    @Test
    void leavesNumbersAndLatinRunsAlone() {
        assertEquals("新增3,000余户，上午10:30开始", CjkPunctuation.fix("新增3,000余户,上午10:30开始"));
        assertEquals("他说 Hello, world 然后走了", CjkPunctuation.fix("他说 Hello, world 然后走了"));
        assertEquals("The vote (held on Tuesday) was close, he said.", CjkPunctuation.fix("The vote (held on Tuesday) was close, he said."));
    }
}
