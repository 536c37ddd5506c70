package org.broadsheet.testpages;

import org.broadsheet.model.IssueMeta;

/**
 * The nameplate across the top of a front page.
 *
 * @param paper    the paper's name, drawn large and centred
 * @param dateText the date as printed ({@code 2025年7月2日}, {@code JUNE 15, 1850})
 * @param dateIso  the same date as yyyy-MM-dd, for the truth
 * @param issue    the issue number as printed ({@code 第3290期}, {@code NO. 1}); may be null
 * @param volume   the volume as printed ({@code VOL. 1}); may be null
 * @param extra    a line of furniture (weekday, price, edition) printed between date and issue; may be null
 */
public record Masthead(String paper, String dateText, String dateIso, String issue, String volume, String extra) {

    public Masthead {
        if (paper == null || paper.isBlank()) throw new IllegalArgumentException("a masthead needs the paper's name");
    }

    public IssueMeta meta() {
        return new IssueMeta(paper, dateIso, issue, volume);
    }
}
