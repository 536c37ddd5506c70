package org.broadsheet.repair;

import java.util.function.Supplier;

/** Defers loading a dictionary until a hyphen actually needs it: Chinese text never does. */
final class LazyLexicon implements Lexicon {
    private final Supplier<Lexicon> source;
    private Lexicon loaded;

    LazyLexicon(Supplier<Lexicon> source) {
        this.source = source;
    }

    private Lexicon get() {
        if (loaded == null) loaded = source.get();
        return loaded;
    }

    @Override public boolean isWord(String word) { return get().isWord(word); }
    @Override public String name() { return get().name(); }
    @Override public boolean available() { return get().available(); }
    @Override public String unavailableReason() { return get().unavailableReason(); }
}
