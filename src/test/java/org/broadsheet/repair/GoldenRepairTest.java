package org.broadsheet.repair;

import org.broadsheet.dictionary.EnglishLexicon;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plain-text repair of whole documents against reviewed expected output:
 * golden/repair/NAME.in.txt is repaired and compared with NAME.expected.txt.
 * On a mismatch the actual output is written beside it as NAME.actual.
 */
class GoldenRepairTest {
    private static final Path DIR = Path.of("src/test/resources/golden/repair");

    static List<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".in.txt"))
                    .map(n -> n.substring(0, n.length() - ".in.txt".length())).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void repairMatchesGolden(String name) throws IOException {
        String input = Files.readString(DIR.resolve(name + ".in.txt"), StandardCharsets.UTF_8);
        String actual = new TextRepair(EnglishLexicon::installed).run(input).render();
        Path expectedFile = DIR.resolve(name + ".expected.txt");
        Path actualFile = DIR.resolve(name + ".actual");
        if (Files.exists(expectedFile) && Files.readString(expectedFile, StandardCharsets.UTF_8).equals(actual)) {
            Files.deleteIfExists(actualFile);
            return;
        }
        Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
        fail("repair of " + name + " differs from the golden file; compare: diff " + expectedFile + " " + actualFile);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void outputHasNoLineBreaksInsideParagraphs(String name) throws IOException {
        String actual = new TextRepair(EnglishLexicon::installed).run(Files.readString(DIR.resolve(name + ".in.txt"), StandardCharsets.UTF_8)).render();
        for (String block : actual.split("\n\n")) assertTrue(block.strip().indexOf('\n') < 0, "line break inside: " + block);
    }
}
