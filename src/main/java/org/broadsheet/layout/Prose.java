package org.broadsheet.layout;

import java.util.List;
import org.broadsheet.model.Line;
import org.broadsheet.model.Word;

/**
 * Running text, told by its words rather than its size: a curled or tilted scan makes body lines
 * look as tall as headline type, but headlines are not set as clauses in lower case that break a
 * word at the line end or carry commas between lower-case words, nor as five words or more almost
 * all in lower case.
 */
final class Prose {
    private Prose() {}

    static boolean running(Line l) {
        List<Word> ws = l.words();
        if (ws.size() < 4 || Scripts.cjkShare(l.text()) >= 0.5 || Scripts.upperShare(l.text()) >= 0.3) return false;
        int lower = 0, letters = 0;
        boolean comma = false;
        for (int i = 0; i < ws.size(); i++) {
            String t = ws.get(i).text();
            int first = t.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
            if (first < 0) continue;
            letters++;
            if (Character.isLowerCase(first)) lower++;
            if (i + 1 < ws.size() && t.endsWith(",")) comma = true;
        }
        String last = ws.get(ws.size() - 1).text();
        boolean broken = last.length() > 2 && (last.endsWith("-") || last.endsWith("=")) && Character.isLetter(last.charAt(last.length() - 2));
        return letters >= 4 && lower >= 0.6 * letters && (broken || comma) || letters >= 5 && lower >= 0.8 * letters;
    }
}
