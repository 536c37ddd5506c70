package org.broadsheet.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.broadsheet.Options;
import org.broadsheet.Pipeline;
import org.broadsheet.batch.BatchRunner;
import org.broadsheet.batch.Progress;
import org.broadsheet.model.PageImage;

/** A batch in its own process, slow enough to be killed part-way, review pages included: args SCANS OUTPUT. */
public final class SlowBatchMain {
    public static void main(String[] args) throws Exception {
        Options o = new Options(Path.of(args[0]), Path.of(args[1]), "eng", 2, null, Set.of("json", "text", "review"), false);
        new BatchRunner(o, Pipeline.standard(), langs -> new SlowEngine(), Progress.silent()).run();
    }

    static final class SlowEngine extends FakeOcrEngine {
        @Override
        protected void beforePage(PageImage page) {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
