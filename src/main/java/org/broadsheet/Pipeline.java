package org.broadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.broadsheet.article.ArticleAssembler;
import org.broadsheet.article.HeadlineAssembler;
import org.broadsheet.article.MastheadParser;
import org.broadsheet.article.MastheadReader;
import org.broadsheet.dictionary.EnglishLexicon;
import org.broadsheet.layout.GridLayout;
import org.broadsheet.layout.LayoutAnalyzer;
import org.broadsheet.model.Article;
import org.broadsheet.model.ArticleDraft;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageLayout;
import org.broadsheet.model.PageResult;
import org.broadsheet.model.PageText;
import org.broadsheet.ocr.HeadlineRereader;
import org.broadsheet.ocr.OcrEngine;
import org.broadsheet.ocr.OcrException;
import org.broadsheet.repair.ArticleRepairer;
import org.broadsheet.repair.ParagraphRepairer;
import org.broadsheet.source.Deskew;
import org.broadsheet.source.SourcePage;

/**
 * The per-page work, stage by stage: text (OCR or PDF) -> layout -> articles -> repair.
 * A pure function of the page and the stages, so any runner (threads here, a cluster later) can call it.
 */
public record Pipeline(LayoutAnalyzer layout, HeadlineRereader headlines, ArticleAssembler articles, ArticleRepairer repair,
                       MastheadReader masthead) {

    public static Pipeline standard() {
        return new Pipeline(new GridLayout(), new HeadlineRereader(), new HeadlineAssembler(),
                new ParagraphRepairer(EnglishLexicon::installed), new MastheadParser());
    }

    /**
     * One page from the input side to repaired articles: straighten and OCR it when it has no text
     * yet, then {@link #process(PageText, PageImage, OcrEngine)}.
     *
     * @param straightened receives the image the boxes refer to (straightened when the page was tilted)
     */
    public PageResult process(SourcePage page, OcrEngine ocr, Consumer<PageImage> straightened) throws OcrException {
        if (page.needsOcr() && page.skew() == null) page = straighten(page);
        PageText text = page.text();
        if (page.needsOcr()) {
            text = ocr.recognize(page.image()).withSkew(page.skew());
            if (page.ocrReason() != null) text = text.withRouteReason(page.ocrReason() + "; " + text.routeReason());
        }
        straightened.accept(page.image());
        return process(text, page.image(), page.needsOcr() ? ocr : null);
    }

    /**
     * The page with its tilt measured and, when it is worth it, removed. A caller that lets go of
     * the page it passed in frees the tilted pixels while the page is read.
     */
    public static SourcePage straighten(SourcePage page) {
        PageImage image = page.image();
        double skew = Deskew.measure(image.image());
        if (Math.abs(skew) >= Deskew.MIN_CORRECTION) {
            image = new PageImage(image.number(), Deskew.rotate(image.image(), skew), image.dpi());
        }
        return page.straightened(image, skew);
    }

    /**
     * Layout, articles and repair of a page whose text is known.
     *
     * @param reader the engine that read the page, to read its headlines again; null for text that
     *               needs no second look (a PDF's own text layer)
     */
    public PageResult process(PageText text, PageImage image, OcrEngine reader) throws OcrException {
        PageLayout pageLayout = layout.analyze(text, image);
        if (reader != null && image != null) pageLayout = headlines.reread(pageLayout, image, reader);
        List<ArticleDraft> drafts = articles.assemble(pageLayout);
        List<Article> repaired = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            repaired.add(repair.repair(drafts.get(i), String.format("p%d-a%02d", text.number(), i + 1)));
        }
        return new PageResult(text, pageLayout, repaired, masthead.read(pageLayout));
    }
}
