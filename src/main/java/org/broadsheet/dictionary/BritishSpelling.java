package org.broadsheet.dictionary;

import java.util.List;
import java.util.regex.Pattern;

/** Maps the regular British spellings onto American ones so an en_US word list can judge British text. */
final class BritishSpelling {
    private BritishSpelling() {}

    private record Rule(Pattern pattern, String replacement) {}

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("([aeiou])ll(ed|ing|er|ers)$"), "$1l$2"),
            new Rule(Pattern.compile("our(s|ed|ing|ite|ites|able|hood|hoods|er|ers)?$"), "or$1"),
            new Rule(Pattern.compile("ourhood"), "orhood"),
            new Rule(Pattern.compile("is(e|es|ed|ing|ation|ations|er|ers)$"), "iz$1"),
            new Rule(Pattern.compile("ys(e|es|ed|ing)$"), "yz$1"),
            new Rule(Pattern.compile("tre(s)?$"), "ter$1"),
            new Rule(Pattern.compile("ence(s)?$"), "ense$1"),
            new Rule(Pattern.compile("ogue(s)?$"), "og$1"),
            new Rule(Pattern.compile("programme(s)?$"), "program$1"),
            new Rule(Pattern.compile("ellery$"), "elry"));

    static String americanise(String word) {
        String w = word;
        for (Rule r : RULES) w = r.pattern().matcher(w).replaceAll(r.replacement());
        return w;
    }
}
