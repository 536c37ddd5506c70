package org.broadsheet.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.broadsheet.repair.Lexicon.Usage;

/**
 * How common English words are, from the size tiers of SCOWL (Debian's {@code scowl} package):
 * a word in a list of size 50 or less is in the medium dictionaries every spell checker ships,
 * so it is everyday English; a word only in the larger lists (60 and up) is rarer.
 */
final class WordTiers {
    static final Path DEFAULT_DIR = Path.of("/usr/share/dict/scowl");
    private static final int[] COMMON_SIZES = {10, 20, 35, 40, 50};
    private static final String[] LISTS = {"english-words", "british-words", "american-words"};

    private final Set<String> common;

    private WordTiers(Set<String> common) {
        this.common = common;
    }

    /** The tiers under {@code dir}, or null when SCOWL is not installed there. */
    static WordTiers load(Path dir) {
        if (!Files.isReadable(dir.resolve("english-words.10"))) return null;
        Set<String> words = new HashSet<>();
        try {
            for (String list : LISTS) {
                for (int size : COMMON_SIZES) {
                    Path f = dir.resolve(list + "." + size);
                    if (Files.isReadable(f)) words.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        return new WordTiers(words);
    }

    Usage usage(String word) {
        return common.contains(word) || common.contains(word.toLowerCase(Locale.ROOT)) ? Usage.COMMON : Usage.RARE;
    }
}
