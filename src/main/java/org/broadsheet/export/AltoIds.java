package org.broadsheet.export;

import java.util.HashSet;
import java.util.Set;

/**
 * Makes identifiers that are valid xsd:ID values (an NCName: no leading digit, no spaces or colons)
 * and unique within one ALTO file, keeping the source's own ids where they are usable so that
 * line ids recorded in articles.json can be found again in the ALTO.
 */
final class AltoIds {
    private final Set<String> used = new HashSet<>();

    String of(String raw, String prefix) {
        StringBuilder sb = new StringBuilder();
        if (raw != null) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                sb.append((c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) ? c : '_');
            }
        }
        if (sb.length() == 0 || !(Character.isLetter(sb.charAt(0)) || sb.charAt(0) == '_')) sb.insert(0, prefix);
        String base = sb.toString();
        String id = base;
        for (int n = 2; !used.add(id); n++) id = base + "_" + n;
        return id;
    }
}
