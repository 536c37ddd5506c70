package org.broadsheet.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.broadsheet.Pipeline;
import org.broadsheet.export.review.ReviewImages;
import org.broadsheet.model.PageImage;
import org.broadsheet.model.PageText;
import org.broadsheet.ocr.TessdataLocator;
import org.broadsheet.ocr.TesseractEngine;
import org.broadsheet.source.Deskew;
import org.broadsheet.source.Detector;
import org.broadsheet.source.PageReader;
import org.broadsheet.source.Sources;

/** Milliseconds per stage for each page given: where broadsheet's time goes beside Tesseract. (The last column runs layout and the headline reading again with the rest, as a run does.) Args: LANG PAGE... (first page of each) */
public final class StageTimes {
    public static void main(String[] args) throws Exception {
        Pipeline pipeline = Pipeline.standard();
        Path reviewDir = java.nio.file.Files.createTempDirectory("stage-times");
        ReviewImages review = ReviewImages.forFile(reviewDir, "page");
        try (TesseractEngine engine = new TesseractEngine(TessdataLocator.resolve(args[0], null, Path.of("tessdata")))) {
            for (int i = 1; i < args.length; i++) {
                Path file = Path.of(args[i]);
                long t0 = System.nanoTime();
                PageImage image;
                try (PageReader r = Sources.open(file, file.toString(), Detector.detect(file))) {
                    image = r.page(0).image();
                }
                long t1 = System.nanoTime();
                review.page(image);
                long tr = System.nanoTime();
                double skew = Deskew.measure(image.image());
                long tm = System.nanoTime();
                if (Math.abs(skew) >= Deskew.MIN_CORRECTION) {
                    image = new PageImage(image.number(), Deskew.rotate(image.image(), skew), image.dpi());
                }
                long t2 = System.nanoTime();
                PageText text = engine.recognize(image);
                long t3 = System.nanoTime();
                var layout = pipeline.layout().analyze(text, image);
                long tl = System.nanoTime();
                pipeline.headlines().reread(layout, image, engine);
                long th = System.nanoTime();
                pipeline.process(text, image, engine);
                long t4 = System.nanoTime();
                System.out.printf(Locale.ROOT, "%-40s read %5d  review image %4d  deskew %5d (%.2f deg, rotate %5d)  ocr %6d  layout %5d  headlines read again %5d  all after ocr %5d ms%n",
                        file.getFileName(), (t1 - t0) / 1_000_000, (tr - t1) / 1_000_000, (tm - tr) / 1_000_000, skew,
                        (t2 - tm) / 1_000_000, (t3 - t2) / 1_000_000, (tl - t3) / 1_000_000, (th - tl) / 1_000_000, (t4 - th) / 1_000_000);
            }
        }
    }
}
