package org.broadsheet.dictionary;

import org.broadsheet.repair.Lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Locale;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/** One hunspell dictionary (a Debian {@code .dic}/{@code .aff} pair) read with Lucene's Hunspell, which is thread-safe. */
public final class HunspellLexicon implements Lexicon {
    private final Hunspell hunspell;
    private final String name;

    private HunspellLexicon(Hunspell hunspell, String name) {
        this.hunspell = hunspell;
        this.name = name;
    }

    /** Loads {@code stem.aff} and {@code stem.dic}; never throws, a missing or broken file gives a stand-in. */
    public static Lexicon load(Path stem) {
        Path aff = Path.of(stem + ".aff");
        Path dic = Path.of(stem + ".dic");
        if (!Files.isReadable(aff) || !Files.isReadable(dic)) {
            return Lexicon.none("no dictionary (" + dic + " not found), document word counts only");
        }
        try (InputStream a = Files.newInputStream(aff); InputStream d = Files.newInputStream(dic)) {
            Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", a, d);
            return new HunspellLexicon(new Hunspell(dictionary), stem.getFileName().toString());
        } catch (IOException | ParseException | RuntimeException e) {
            return Lexicon.none("no dictionary (" + dic + " unreadable: " + e.getMessage() + "), document word counts only");
        }
    }

    @Override
    public boolean isWord(String word) {
        if (word.isEmpty()) return false;
        if (hunspell.spell(word)) return true;
        // All-caps headline words: hunspell knows "example", not necessarily "EXAMPLE" for every entry.
        String lower = word.toLowerCase(Locale.ROOT);
        return word.equals(word.toUpperCase(Locale.ROOT)) && hunspell.spell(lower);
    }

    /**
     * Asks for the entry itself: {@code spell} would also accept the compound through hunspell's
     * default BREAK rule, which splits at hyphens and checks each part alone.
     */
    @Override
    public boolean listsCompound(String hyphenated) {
        String lower = hyphenated.toLowerCase(Locale.ROOT);
        return !hunspell.analyzeSimpleWord(hyphenated).isEmpty() || !hunspell.analyzeSimpleWord(lower).isEmpty();
    }

    @Override public String name() { return name; }
    @Override public boolean available() { return true; }
}
