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

/**
 * The English word list the dehyphenation rule checks joined words against: Debian's hunspell
 * en_US dictionary read with Lucene's Hunspell. Loaded once per process; Lucene's Hunspell is thread-safe.
 * Set the system property {@code broadsheet.hunspell} to another .dic/.aff path stem to use another list.
 */
public final class HunspellLexicon implements Lexicon {
    public static final Path DEFAULT_STEM = Path.of("/usr/share/hunspell/en_US");

    private final Hunspell hunspell;
    private final String name;

    private HunspellLexicon(Hunspell hunspell, String name) {
        this.hunspell = hunspell;
        this.name = name;
    }

    /** The process-wide English lexicon, or a stand-in that says why there is none. */
    public static Lexicon english() {
        return Holder.ENGLISH;
    }

    private static final class Holder {
        static final Lexicon ENGLISH = load(Path.of(System.getProperty("broadsheet.hunspell", DEFAULT_STEM.toString())));
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
        if (spell(word)) return true;
        // All-caps headline words: hunspell knows "example", not necessarily "EXAMPLE" for every entry.
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.equals(word.toUpperCase(Locale.ROOT)) && spell(lower)) return true;
        // British papers spell "cancelled", "harbour", "organise", "offence": en_US knows them in American form.
        String american = BritishSpelling.americanise(lower);
        return !american.equals(lower) && spell(american);
    }

    private boolean spell(String word) {
        return hunspell.spell(word);
    }

    @Override public String name() { return name; }
    @Override public boolean available() { return true; }
}
