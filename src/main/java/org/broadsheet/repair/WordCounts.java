package org.broadsheet.repair;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often each word and each hyphenated compound occurs inside the lines of one document.
 * The parts of a word split at a line end are not counted: they are what is being decided.
 */
final class WordCounts {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> compounds = new HashMap<>();
    private final Set<String> lowerCase = new HashSet<>();
    private final Set<String> capitalisedInside = new HashSet<>();

    static WordCounts of(List<String> lines) {
        WordCounts c = new WordCounts();
        boolean previousHyphenated = false;
        for (String line : lines) {
            boolean hyphenated = LineEnds.endsWithWordHyphen(line);
            Matcher m = TOKEN.matcher(line);
            int first = -1;
            int last = -1;
            while (m.find()) {
                if (first < 0) first = m.start();
                last = m.start();
            }
            m.reset();
            while (m.find()) {
                if (previousHyphenated && m.start() == first) continue;
                if (hyphenated && m.start() == last && m.end() == line.stripTrailing().length() - 1) continue;
                c.add(m.group());
                if (m.start() > 0 && insideSentence(line, m.start())) c.addCapitalised(m.group());
            }
            previousHyphenated = hyphenated;
        }
        return c;
    }

    /** Right after a word or a comma: a capital there is a name's, not a sentence's. */
    private static boolean insideSentence(String line, int at) {
        int i = at - 1;
        while (i >= 0 && line.charAt(i) == ' ') i--;
        return i >= 0 && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == ',');
    }

    private void addCapitalised(String token) {
        for (String part : token.split("-")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) capitalisedInside.add(part.toLowerCase(Locale.ROOT));
        }
    }

    private void add(String token) {
        String t = token.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (t.equals(token.replace('’', '\''))) lowerCase.addAll(List.of(t.split("-")));
        if (t.indexOf('-') >= 0) {
            compounds.merge(t, 1, Integer::sum);
            for (String part : t.split("-")) words.merge(part, 1, Integer::sum);
        } else {
            words.merge(t, 1, Integer::sum);
        }
    }

    int word(String w) {
        return words.getOrDefault(w.toLowerCase(Locale.ROOT).replace('’', '\''), 0);
    }

    /** The words the document writes in lower case somewhere: no proper names among them. */
    Set<String> lowerCaseWords() {
        return Collections.unmodifiableSet(lowerCase);
    }

    /** True when the document capitalises the word inside a sentence somewhere: a name, whatever the dictionary says. */
    boolean capitalisedInside(String w) {
        return capitalisedInside.contains(w.toLowerCase(Locale.ROOT));
    }

    int compound(String w) {
        return compounds.getOrDefault(w.toLowerCase(Locale.ROOT).replace('’', '\''), 0);
    }
}
