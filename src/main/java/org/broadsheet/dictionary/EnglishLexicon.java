package org.broadsheet.dictionary;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import org.broadsheet.repair.Lexicon;

/**
 * The English the dehyphenation rule checks joined words against: Debian's hunspell en_GB and
 * en_US dictionaries, with SCOWL's size tiers for how common a word is. Each text is judged in the
 * spelling variety its own words follow, because the varieties disagree on compounds: en_GB has
 * {@code home-made} and not {@code homemade}, en_US the other way round. Only en_GB lists
 * hyphenated compounds, so it is asked about them whatever the variety.
 * Set the system property {@code broadsheet.hunspell} to a .dic/.aff path stem to use that one dictionary instead.
 */
public final class EnglishLexicon implements Lexicon {
    public static final Path BRITISH_STEM = Path.of("/usr/share/hunspell/en_GB");
    public static final Path AMERICAN_STEM = Path.of("/usr/share/hunspell/en_US");

    enum Variety { BRITISH, AMERICAN, EITHER }

    private final Lexicon british;
    private final Lexicon american;
    private final WordTiers tiers;
    private final Variety variety;

    EnglishLexicon(Lexicon british, Lexicon american, WordTiers tiers, Variety variety) {
        this.british = british;
        this.american = american;
        this.tiers = tiers;
        this.variety = variety;
    }

    /** The process-wide English lexicon, loaded once, or a stand-in that says why there is none. */
    public static Lexicon installed() {
        return Holder.ENGLISH;
    }

    /**
     * Starts loading the lexicon on a thread of its own. Parsing the two dictionaries costs about
     * two seconds of one core, which a batch would otherwise spend on its first page with a worker
     * waiting; at the start of a batch a core is idle while Tesseract's model loads and the first
     * page is decoded. A worker that needs the lexicon sooner waits for this load, not a second one.
     */
    public static void loadInBackground() {
        Thread t = new Thread(EnglishLexicon::installed, "broadsheet-dictionary");
        t.setDaemon(true);
        t.start();
    }

    private static final class Holder {
        static final Lexicon ENGLISH = System.getProperty("broadsheet.hunspell") != null
                ? HunspellLexicon.load(Path.of(System.getProperty("broadsheet.hunspell")))
                : load(BRITISH_STEM, AMERICAN_STEM, WordTiers.DEFAULT_DIR);
    }

    /** Whatever of the two dictionaries and the tiers is installed; a stand-in when neither dictionary is. */
    static Lexicon load(Path britishStem, Path americanStem, Path tiersDir) {
        Lexicon gb = HunspellLexicon.load(britishStem);
        Lexicon us = HunspellLexicon.load(americanStem);
        if (!gb.available() && !us.available()) {
            return Lexicon.none("no dictionary (neither " + britishStem + ".dic nor " + americanStem + ".dic found), document word counts only");
        }
        return new EnglishLexicon(gb, us, WordTiers.load(tiersDir), Variety.EITHER);
    }

    @Override
    public boolean isWord(String word) {
        return switch (variety) {
            case BRITISH -> british.available() ? british.isWord(word) : americanAccepts(word);
            case AMERICAN -> american.available() ? american.isWord(word) : british.isWord(word);
            case EITHER -> british.isWord(word) || (british.available() ? american.isWord(word) : americanAccepts(word));
        };
    }

    /** Without en_GB, British forms ("harbour", "organise") are checked in their American spelling. */
    private boolean americanAccepts(String word) {
        if (american.isWord(word)) return true;
        String lower = word.toLowerCase(Locale.ROOT);
        String americanised = BritishSpelling.americanise(lower);
        return !americanised.equals(lower) && american.isWord(americanised);
    }

    @Override
    public boolean listsCompound(String hyphenated) {
        return british.listsCompound(hyphenated) || american.listsCompound(hyphenated);
    }

    @Override
    public Usage usage(String word) {
        return tiers == null ? Usage.UNKNOWN : tiers.usage(word);
    }

    /** British when more of the words are British-only spellings than American-only ones, American for the reverse. */
    @Override
    public Lexicon forWords(Collection<String> lowerCaseWords) {
        if (!british.available() || !american.available()) return this;
        int gb = 0;
        int us = 0;
        for (String w : lowerCaseWords) {
            boolean inGb = british.isWord(w);
            boolean inUs = american.isWord(w);
            if (inGb && !inUs) gb++;
            if (inUs && !inGb) us++;
        }
        Variety v = gb > us ? Variety.BRITISH : us > gb ? Variety.AMERICAN : Variety.EITHER;
        return new EnglishLexicon(british, american, tiers, v);
    }

    @Override
    public String name() {
        return switch (variety) {
            case BRITISH -> british.available() ? british.name() : american.name() + " (British forms)";
            case AMERICAN -> american.available() ? american.name() : british.name();
            case EITHER -> british.available() && american.available() ? british.name() + "+" + american.name()
                    : british.available() ? british.name() : american.name();
        };
    }

    @Override public boolean available() { return true; }
}
