package org.broadsheet.repair;

import java.util.Collection;
import java.util.function.Supplier;

/** Defers loading a dictionary until a hyphen actually needs it: Chinese text never does. */
final class LazyLexicon implements Lexicon {
    private final Supplier<Lexicon> source;
    private Lexicon loaded;

    LazyLexicon(Supplier<Lexicon> source) {
        this.source = source;
    }

    /** A lexicon loaded on first use and then fitted to a text's words ({@link Lexicon#forWords}). */
    static LazyLexicon forWords(Supplier<Lexicon> source, Collection<String> lowerCaseWords) {
        return new LazyLexicon(() -> source.get().forWords(lowerCaseWords));
    }

    private Lexicon get() {
        if (loaded == null) loaded = source.get();
        return loaded;
    }

    @Override public boolean isWord(String word) { return get().isWord(word); }
    @Override public String name() { return get().name(); }
    @Override public boolean available() { return get().available(); }
    @Override public String unavailableReason() { return get().unavailableReason(); }
    @Override public boolean listsCompound(String hyphenated) { return get().listsCompound(hyphenated); }
    @Override public Usage usage(String word) { return get().usage(word); }
    @Override public Lexicon forWords(Collection<String> lowerCaseWords) { return get().forWords(lowerCaseWords); }
}
