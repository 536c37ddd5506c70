package org.broadsheet.testpages;

/** Type sizes and line pitches of a page, in pixels, derived from its body size and script. */
record TypeScale(double body, double bodyPitch, double caption, double byline, boolean cjk, PageSpec page) {

    static TypeScale of(PageSpec page) {
        double body = page.px(page.bodyPoints());
        boolean cjk = page.script().cjk();
        return new TypeScale(body, body * (cjk ? 1.5 : 1.22), body * 0.88, body * (cjk ? 1.0 : 0.9), cjk, page);
    }

    /** Headlines grow with the columns they span, as on a real front page. */
    double headline(int span) {
        double[] points = cjk ? new double[] {14, 19, 24, 28, 32, 36} : new double[] {14, 19, 24, 29, 33, 36};
        return page.px(points[Math.min(span, points.length) - 1]);
    }

    double indent() { return body * (cjk ? 2 : 1.5); }
}
