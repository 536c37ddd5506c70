package org.broadsheet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.broadsheet.Options;
import org.broadsheet.Pipeline;
import org.broadsheet.model.PageImage;
import org.broadsheet.ocr.OcrEngine;
import org.broadsheet.support.FakeOcrEngine;
import org.broadsheet.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One batch over folders of papers in different languages reads each folder with its own. */
class FolderLanguagesTest {
    @TempDir
    Path tmp;

    /** The languages each page was read with, by page width (every file here has its own width). */
    private final Map<Integer, String> readWith = new ConcurrentHashMap<>();
    private final List<String> created = new CopyOnWriteArrayList<>();
    private final AtomicInteger open = new AtomicInteger();
    private final List<Set<String>> prepared = new CopyOnWriteArrayList<>();

    private final class Recording extends FakeOcrEngine {
        private final String languages;

        Recording(String languages) {
            this.languages = languages;
            created.add(languages);
            open.incrementAndGet();
        }

        @Override
        protected void beforePage(PageImage page) {
            readWith.put(page.width(), languages);
        }

        @Override
        public void close() {
            open.decrementAndGet();
            super.close();
        }
    }

    private final EngineFactory factory = new EngineFactory() {
        @Override
        public OcrEngine create(String languages) {
            return new Recording(languages);
        }

        @Override
        public void prepare(Set<String> languageLists) {
            prepared.add(Set.copyOf(languageLists));
        }
    };

    private Report run(Path scans, Path out, Map<String, String> langFor) throws Exception {
        Options o = new Options(scans, out, "eng", 2, null, Set.of("json", "text"), false, false, 900, "folder", false, langFor);
        return new BatchRunner(o, Pipeline.standard(), factory, Progress.silent()).run();
    }

    @Test
    void eachFolderIsReadWithItsLanguagesAndWorkersSwitchModelsCleanly() throws Exception {
        Path scans = tmp.resolve("scans");
        String[] folders = {"daily-news", "renmin", "renmin/supplement", "taiwan"};
        for (int i = 0; i < 12; i++) {
            TestFiles.write(scans.resolve(folders[i % 4] + "/p" + i + ".png"),
                    TestFiles.encode(TestFiles.textPage(300 + i, 120, "p" + i), "png"));
        }
        Report report = run(scans, tmp.resolve("out"),
                Map.of("renmin", "chi_sim", "renmin/supplement", "chi_sim+eng", "taiwan/", "chi_tra"));

        assertEquals(12, report.done().size(), report.failed().toString());
        String[] expected = {"eng", "chi_sim", "chi_sim+eng", "chi_tra"};
        for (int i = 0; i < 12; i++) assertEquals(expected[i % 4], readWith.get(300 + i), "p" + i + " in " + folders[i % 4]);
        assertEquals(Set.of(expected), prepared.get(0), "the runner names the language lists its files need before the first page");
        assertTrue(created.size() <= 2 * 4 + 4, "engines are reused within a folder: " + created);
        assertEquals(0, open.get(), "every engine a worker let go of, or held at the end, is closed");
    }

    @Test
    void changingOneFoldersLanguagesRedoesThatFolderAlone() throws Exception {
        Path scans = englishAndChinesePages();
        Path out = tmp.resolve("out");
        run(scans, out, Map.of("zh", "chi_sim"));
        Report again = run(scans, out, Map.of("zh", "chi_sim+eng"));
        List<String> redone = again.done().stream().filter(o -> !o.reused()).map(Outcome::source).sorted().toList();
        assertEquals(List.of("zh/p1.png", "zh/p3.png"), redone);
        assertEquals("chi_sim+eng", readWith.get(301));
    }

    @Test
    void aRerunLoadsTheModelsOfTheFilesItRedoesAndNoOthers() throws Exception {
        Path scans = englishAndChinesePages();
        TestFiles.write(scans.resolve("en/notes.txt"), "issue received damaged".getBytes(StandardCharsets.UTF_8));
        Path out = tmp.resolve("out");
        Map<String, String> langFor = Map.of("zh", "chi_sim");
        run(scans, out, langFor);
        assertEquals(Set.of("eng", "chi_sim"), prepared.get(0));

        Report again = run(scans, out, langFor);
        assertEquals(4, again.done().stream().filter(Outcome::reused).count());
        assertEquals(Set.of(), prepared.get(1), "nothing to redo (the notes are no page), so no model is loaded");

        TestFiles.write(scans.resolve("zh/p1.png"), TestFiles.encode(TestFiles.textPage(301, 140, "p1 changed"), "png"));
        run(scans, out, langFor);
        assertEquals(Set.of("chi_sim"), prepared.get(2), "only the changed file's folder needs its model");
    }

    /** Four small pages, p0 and p2 in en/, p1 and p3 in zh/, each as wide as 300 + its number. */
    private Path englishAndChinesePages() throws Exception {
        Path scans = tmp.resolve("scans");
        for (int i = 0; i < 4; i++) {
            TestFiles.write(scans.resolve((i % 2 == 0 ? "en" : "zh") + "/p" + i + ".png"),
                    TestFiles.encode(TestFiles.textPage(300 + i, 120, "p" + i), "png"));
        }
        return scans;
    }
}
