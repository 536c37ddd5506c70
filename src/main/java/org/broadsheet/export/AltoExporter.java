package org.broadsheet.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.broadsheet.model.Article;
import org.broadsheet.model.FileResult;
import org.broadsheet.model.PageResult;
import org.broadsheet.model.Region;

/**
 * alto/pNNN.xml: one ALTO 4.4 file per page, text blocks grouped into articles by StructureTags.
 * Needs the in-memory result (articles read back from articles.json carry no regions).
 */
public final class AltoExporter implements FileExporter {
    public static final String DIR = "alto";

    @Override
    public String format() { return "alto"; }

    /** The ALTO file of a page, relative to the file's output folder. */
    public static String path(int page) {
        return String.format("%s/p%03d.xml", DIR, page);
    }

    @Override
    public List<String> write(FileResult result, Path dir) throws IOException {
        List<String> written = new ArrayList<>();
        for (PageResult p : result.pages()) {
            String rel = path(p.text().number());
            List<Article> articles = p.articles();
            List<Region> loose = looseRegions(p);
            AtomicFiles.write(dir.resolve(rel), out -> {
                try {
                    AltoWriter.write(out, result.source(), p.text(), articles, loose);
                } catch (XMLStreamException e) {
                    throw new IOException("cannot write ALTO for page " + p.text().number(), e);
                }
            });
            written.add(rel);
        }
        return written;
    }

    /** Layout regions no article took (mastheads, page furniture): their text belongs in the ALTO too. */
    static List<Region> looseRegions(PageResult p) {
        if (p.layout() == null) return List.of();
        Set<Region> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> takenIds = new HashSet<>();
        for (Article a : p.articles()) {
            for (Region r : a.regions()) {
                taken.add(r);
                if (r.id() != null) takenIds.add(r.id());
            }
        }
        return p.layout().regions().stream()
                .filter(r -> !taken.contains(r) && (r.id() == null || !takenIds.contains(r.id())))
                .toList();
    }
}
