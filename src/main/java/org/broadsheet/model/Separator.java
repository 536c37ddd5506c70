package org.broadsheet.model;

/** A drawn rule on the page (vertical between columns, horizontal between articles). */
public record Separator(Box box, boolean vertical) {}
