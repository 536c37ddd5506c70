package org.broadsheet.model;

/** A page's size and how its text was obtained, as recorded in articles.json. */
public record PageInfo(int number, int width, int height, int dpi, TextRoute route, String routeReason,
                       double meanConfidence) {
    public static PageInfo of(PageText t) {
        return new PageInfo(t.number(), t.width(), t.height(), t.dpi(), t.route(), t.routeReason(), t.meanConfidence());
    }
}
