package org.broadsheet.testpages;

import java.util.List;

/**
 * An article set at a place on the page: what to draw, what it says, and the column rules its
 * own body needs between its columns.
 *
 * @param bottom       lowest y it uses
 * @param innerRules   vertical rules inside the article, as {gutterColumn, y0, y1}
 */
record ComposedArticle(List<DrawOp> ops, TruthArticle truth, double top, double bottom, List<double[]> innerRules) {}
