package org.broadsheet.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageText;
import org.broadsheet.support.RealOcrPages;
import org.broadsheet.testpages.SamplePages;
import org.broadsheet.testpages.Script;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The page model read with Tesseract's left-to-right iterator is the one its reading-order iterator
 * gives, line texts with Tesseract's own spacing included, on Han and Latin pages.
 */
class LeftToRightWalkTest {

    @ParameterizedTest
    @CsvSource({"SIMPLIFIED, chi_sim+eng", "TRADITIONAL, chi_tra", "ENGLISH, eng"})
    void bothWalksOfAPageGiveTheSameBlocksLinesAndWords(Script script, String lang) throws Exception {
        assumeTrue(LeftToRightIterator.available(), "this Tesseract build does not export its left-to-right iterator");
        PageImage img = RealOcrPages.render(SamplePages.sidebarPage(script, 3), lang.split("\\+")[0]).pageImage(1);
        try (TesseractEngine e = new TesseractEngine(TessdataLocator.resolve(lang, null, Path.of("tessdata")))) {
            PageText readingOrder = e.recognize(img, false);
            PageText leftToRight = e.recognize(img, true);
            assertTrue(readingOrder.lines().size() > 20, "the page has text to compare: " + readingOrder.lines().size());
            assertEquals(readingOrder.blocks(), leftToRight.blocks());
        }
    }
}
