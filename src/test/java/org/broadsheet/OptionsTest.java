package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {
    private static Options withFolders(Map<String, String> langFor) {
        return new Options(Path.of("scans"), Path.of("out"), "eng", 1, null, Set.of("json"), false, false, 900,
                "folder", false, langFor);
    }

    @Test
    void theDeepestFolderGivenChoosesAFilesLanguages() {
        Options o = withFolders(Map.of("renmin/", "chi_sim", "./renmin/1950/supplement", "chi_sim+eng", "taiwan", "chi_tra"));
        assertEquals("chi_sim", o.langOf("renmin/1949/p1.tif"));
        assertEquals("chi_sim+eng", o.langOf("renmin/1950/supplement/p1.tif"));
        assertEquals("chi_tra", o.langOf("taiwan/p1.tif"));
        assertEquals("eng", o.langOf("taiwanese-times/p1.tif"), "a folder is matched whole, not as a name prefix");
        assertEquals("eng", o.langOf("p1.tif"));
        assertEquals(Set.of("eng", "chi_sim", "chi_sim+eng", "chi_tra"), o.languageLists());
    }

    @Test
    void aFilesResultKeyNamesItsOwnLanguages() {
        Options o = withFolders(Map.of("zh", "chi_sim"));
        assertNotEquals(o.resultKey("zh/a.png"), o.resultKey("en/a.png"));
        assertEquals(o.resultKey("en/a.png"), withFolders(Map.of()).resultKey("en/a.png"),
                "a folder's setting does not redo files outside it");
    }
}
